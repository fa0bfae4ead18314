package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.ItemForm;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.UpkeepItem;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.organization.LeadershipGroup;
import cn.gov.biyang.plan.organization.LeadershipRole;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.OrganizationService.MemberForm;
import cn.gov.biyang.plan.organization.OrganizationService.UnitForm;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.AccountService.AccountForm;
import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The office's administration: accounts (create with a temporary password, edit, disable/enable, validation in
 * Chinese), catalogue upkeep (units and aliases, responsible leaders, leadership members, topics and plans) —
 * audited, retired instead of deleted, and refused to leaders and liaisons.
 */
@AdminSecurityTest
class AdministrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationService organization;
    @Autowired
    CatalogueUpkeepService upkeep;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Long unit(String code) {
        return organization.byCode(code).orElseThrow().getId();
    }

    @Test
    void theOfficeManagesAccountsWithClearChineseMessages() {
        TestUsers.actAs(users, "office");
        String password = accounts.create(new AccountForm("Wang.Fang", "王芳", Role.LIAISON, unit("yangce"),
                "wangfang@example.cn", "0396-7902128"));
        assertThat(password).matches("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");
        AccountService.AccountDetails created = accounts.details("wang.fang");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.unitId()).isEqualTo(unit("yangce"));

        assertThatThrownBy(() -> accounts.create(new AccountForm("wang.fang", "王芳", Role.LIAISON, unit("yangce"),
                null, null))).hasMessageContaining("已被使用");
        assertThatThrownBy(() -> accounts.create(new AccountForm("li", "李", Role.LIAISON, null, null, null)))
                .hasMessageContaining("联络员必须属于一个单位");
        assertThatThrownBy(() -> accounts.create(new AccountForm("9x", "某", Role.LEADER, null, null, null)))
                .hasMessageContaining("用户名须为");
        assertThatThrownBy(() -> accounts.create(new AccountForm("zhao", "赵", Role.LEADER, null, "not-mail", null)))
                .hasMessageContaining("邮箱格式不正确");

        accounts.update("wang.fang", new AccountForm("wang.fang", "王芳", Role.LIAISON, unit("huayuan"), null, null));
        assertThat(accounts.details("wang.fang").unitId()).isEqualTo(unit("huayuan"));
        accounts.disable("wang.fang");
        assertThat(accounts.details("wang.fang").enabled()).isFalse();
        accounts.enable("wang.fang");
        assertThat(accounts.details("wang.fang").enabled()).isTrue();
        assertThatThrownBy(() -> accounts.disable("office")).hasMessageContaining("不能停用自己");

        assertThat(jdbc.queryForList("select action from audit_event where object_id = 'wang.fang' order by id",
                String.class)).containsSubsequence("ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_DISABLED",
                "ACCOUNT_ENABLED");
        assertThat(jdbc.queryForObject("select detail from audit_event where object_id = 'wang.fang'"
                + " and action = 'ACCOUNT_UPDATED'", String.class)).contains("单位：，羊册镇 → ，花园街道");
    }

    @Test
    void leadersAndLiaisonsChangeNothing() {
        for (String who : List.of("leader", "shuili")) {
            TestUsers.actAs(users, who);
            assertThatThrownBy(() -> accounts.create(new AccountForm("x" + who, "某", Role.LEADER, null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organization.setUnitRetired(unit("shuili"), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> upkeep.items()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'leader' and result = 'DENIED'",
                Integer.class)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void unitsKeepUniqueNamesAndAliasesAndRecordTheirLeader() {
        TestUsers.actAs(users, "office");
        Unit fagai = organization.byCode("fagai").orElseThrow();
        UnitForm form = new UnitForm(null, "县发改委", fagai.getFullName(), fagai.getKind(),
                List.of("县发展改革委", "县发展和改革委员会"), "邱士用", "县发改委主任", "0396-7902128",
                " qiu.shiyong@fagai.biyang.example ");
        organization.updateUnit(fagai.getId(), form);
        Unit updated = organization.byCode("fagai").orElseThrow();
        assertThat(updated.getAliasNames()).containsExactlyInAnyOrder("县发展改革委", "县发展和改革委员会");
        assertThat(updated.getLeaderName()).isEqualTo("邱士用");
        assertThat(updated.getLeaderEmail()).isEqualTo("qiu.shiyong@fagai.biyang.example");
        assertThat(organization.leaderOf(fagai.getId())).get()
                .extracting(OrganizationService.UnitLeader::name, OrganizationService.UnitLeader::email)
                .containsExactly("邱士用", "qiu.shiyong@fagai.biyang.example");
        assertThat(organization.leadersWithoutValidEmail()).extracting(OrganizationService.UnitLeader::unitId)
                .doesNotContain(fagai.getId()).isNotEmpty();

        // an unusable leader address is refused with the reason, and what was saved stays as it was
        assertThatThrownBy(() -> organization.updateUnit(fagai.getId(), new UnitForm(null, "县发改委",
                fagai.getFullName(), fagai.getKind(), List.of("县发展改革委"), "邱士用", "县发改委主任", null,
                "qiu@fagai\nBcc: all@example.com")))
                .hasMessageContaining("分管领导邮箱").hasMessageContaining("格式不正确");
        Unit unchanged = organization.byCode("fagai").orElseThrow();
        assertThat(unchanged.getLeaderEmail()).isEqualTo("qiu.shiyong@fagai.biyang.example");
        assertThat(unchanged.getAliasNames()).hasSize(2);
        assertThat(organization.byAnyName("县发展和改革委员会")).map(Unit::getCode).contains("fagai");

        // an alias of another unit, or another unit's name, is refused
        Unit zhujian = organization.byCode("zhujian").orElseThrow();
        assertThatThrownBy(() -> organization.updateUnit(zhujian.getId(), new UnitForm(null, zhujian.getName(),
                zhujian.getFullName(), zhujian.getKind(), List.of("县发展改革委"), null, null, null, null)))
                .hasMessageContaining("已是单位“县发改委”");

        Unit created = organization.createUnit(new UnitForm("xinqu", "县新区管委会", null, fagai.getKind(), List.of(),
                null, null, null, null));
        organization.setUnitRetired(created.getId(), true);
        assertThat(organization.activeUnits()).extracting(Unit::getCode).doesNotContain("xinqu");
        assertThat(organization.byCode("xinqu")).isPresent();
        assertThat(jdbc.queryForList("select action from audit_event where object_type = 'Unit' and result = 'OK'",
                String.class)).contains("UNIT_UPDATED", "UNIT_CREATED", "UNIT_RETIRED");
    }

    @Test
    void topicsPlansAndTheLeadershipGroupAreKeptCurrentAndRetiredNotDeleted() {
        TestUsers.actAs(users, "office");
        UpkeepItem topic8 = upkeep.items().stream().filter(i -> i.kind() == WorkItemKind.TOPIC && i.number() == 8)
                .findFirst().orElseThrow();
        upkeep.updateItem(topic8.id(), new ItemForm(topic8.title(), topic8.scope(), topic8.lead().id(),
                List.of(unit("yangce")), null, topic8.dueOn()));
        assertThat(catalogue.item(WorkItemKind.TOPIC, 8).orElseThrow().supporting())
                .extracting(u -> u.code()).containsExactly("yangce");
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'WORK_ITEM_UPDATED'"
                + " and object_id = ?", String.class, String.valueOf(topic8.id()))).contains("配合单位： → 羊册镇");

        UpkeepItem added = upkeep.createItem(WorkItemKind.TOPIC, new ItemForm("泌阳县“十四五”测试课题", null,
                unit("tongji"), List.of(), null, null));
        assertThat(added.number()).isEqualTo(34);
        upkeep.setItemRetired(added.id(), true);
        assertThat(catalogue.topics()).extracting(WorkItemView::number).doesNotContain(34);
        assertThat(jdbc.queryForObject("select count(*) from work_item where id = ?", Integer.class, added.id()))
                .isEqualTo(1);
        assertThatThrownBy(() -> upkeep.updateItem(topic8.id(), new ItemForm(topic8.title(), null,
                topic8.lead().id(), List.of(topic8.lead().id()), null, null)))
                .hasMessageContaining("牵头单位不能同时是配合单位");

        LeadershipGroup group = organization.currentLeadershipGroup().orElseThrow();
        var member = organization.addMember(group.getId(), new MemberForm("张三", LeadershipRole.MEMBER,
                "县新区管委会主任", unit("fagai")));
        assertThat(organization.currentLeadershipGroup().orElseThrow().getCurrentMembers()).hasSize(43);
        organization.setMemberRetired(member.getId(), true);
        assertThat(organization.currentLeadershipGroup().orElseThrow().getCurrentMembers()).hasSize(42);
        assertThat(organization.currentLeadershipGroup().orElseThrow().getMembers()).hasSize(43);
    }
}
