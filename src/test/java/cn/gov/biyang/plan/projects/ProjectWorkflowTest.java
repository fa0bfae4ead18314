package cn.gov.biyang.plan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.biyang.plan.audit.AuditEntry;
import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A liaison drafts and submits; the office screens, argues and includes; every step is kept and checked. */
@PortalTest
class ProjectWorkflowTest {

    @Autowired
    ProjectService projects;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ReferenceData ref;

    @BeforeEach
    void cleanLibrary() {
        ProjectFixtures.clearLibrary(jdbc);
        as("office");
        ref = projects.referenceData();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    void as(String username) {
        TestUsers.actAs(users, username);
    }

    long draftOf(String unitCode, String name) {
        as(unitCode);
        return projects.create(ProjectFixtures.valid(ref, unitCode, name).build());
    }

    @Test
    void townshipProposesAndTheOfficeScreensItIntoTheLibraryAndProposesItToTheProvince() {
        long id = draftOf("huayuan", "花园街道老旧小区改造项目");
        assertThat(projects.detail(id).status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(projects.detail(id).commands()).contains(ProjectCommand.EDIT, ProjectCommand.SUBMIT)
                .doesNotContain(ProjectCommand.SCREEN);
        projects.submit(id);

        as("office");
        assertThat(projects.detail(id).commands()).contains(ProjectCommand.SCREEN, ProjectCommand.RETURN,
                ProjectCommand.REJECT);
        projects.screen(id);
        projects.startArgument(id);
        projects.include(id);
        projects.setProposal(id, ProposalLevel.PROVINCIAL, ProposalStatus.SUBMITTED);

        ProjectDetail detail = projects.detail(id);
        assertThat(detail.status()).isEqualTo(ProjectStatus.INCLUDED);
        assertThat(detail.input().provincialProposal()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(detail.text(ProjectField.PROVINCIAL_PROPOSAL)).isEqualTo("已报送");
        assertThat(detail.history()).extracting(HistoryEntry::action).containsExactly(ProjectAction.CREATED,
                ProjectAction.SUBMITTED, ProjectAction.SCREENED, ProjectAction.ARGUMENT_STARTED,
                ProjectAction.INCLUDED, ProjectAction.PROPOSAL_CHANGED);
        assertThat(detail.history()).extracting(HistoryEntry::actor).containsExactly("huayuan", "huayuan", "office",
                "office", "office", "office");
        assertThat(detail.history().get(4).toStatus()).isEqualTo(ProjectStatus.INCLUDED);
        assertThat(detail.history().get(5).detail()).isEqualTo("省级规划：（空） → 已报送");
        assertThat(audit.latestOfAction("PROJECT_INCLUDED", 5)).extracting(AuditEntry::objectId)
                .contains(Long.toString(id));
    }

    @Test
    void returnedProjectIsEditedAndSubmittedAgainThenDeclinedWithAReason() {
        long id = draftOf("yangce", "羊册镇污水处理厂提标改造项目");
        projects.submit(id);
        as("office");
        assertThatThrownBy(() -> projects.returnForChanges(id, "  ")).isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("请填写理由");
        projects.returnForChanges(id, "资金来源未落实，请补充县级配套");
        assertThat(projects.detail(id).statusReason()).isEqualTo("资金来源未落实，请补充县级配套");

        as("yangce");
        ProjectDetail returned = projects.detail(id);
        assertThat(returned.status()).isEqualTo(ProjectStatus.RETURNED);
        assertThat(returned.commands()).contains(ProjectCommand.EDIT, ProjectCommand.SUBMIT);
        projects.update(id, returned.version(), returned.input().toBuilder()
                .totalInvestment(new BigDecimal("1200")).fund(ProjectField.FUND_COUNTY, new BigDecimal("600"))
                .build());
        projects.submit(id);

        as("office");
        projects.reject(id, "与县城污水管网项目重复");
        ProjectDetail detail = projects.detail(id);
        assertThat(detail.status()).isEqualTo(ProjectStatus.REJECTED);
        assertThat(detail.statusReason()).isEqualTo("与县城污水管网项目重复");
        assertThat(detail.history()).extracting(HistoryEntry::action).containsExactly(ProjectAction.CREATED,
                ProjectAction.SUBMITTED, ProjectAction.RETURNED, ProjectAction.UPDATED, ProjectAction.SUBMITTED,
                ProjectAction.REJECTED);
        assertThat(detail.history().get(2).detail()).isEqualTo("资金来源未落实，请补充县级配套");
        assertThat(detail.history().get(3).detail())
                .contains("总投资（万元）：1,000.00 → 1,200.00", "县级资金（万元）：400.00 → 600.00");
        // a declined project is final for screening; the office can still correct its record
        assertThat(detail.commands()).containsExactlyInAnyOrder(ProjectCommand.EDIT, ProjectCommand.SET_PROPOSAL);
    }

    @Test
    void liaisonCannotEditAnotherUnitsProjectNorSeeIt() {
        long id = draftOf("shuili", "泌阳河综合治理工程");
        long version = projects.detail(id).version();
        ProjectInput changed = projects.detail(id).input().toBuilder().remarks("改一下").build();

        as("huayuan");
        assertThatThrownBy(() -> projects.update(id, version, changed)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("只能修改本单位申报的项目");
        assertThatThrownBy(() -> projects.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.count(ProjectFilter.all())).isZero();
        assertThat(audit.latestOfActor("huayuan", 5)).extracting(AuditEntry::result).contains("DENIED");

        as("shuili");
        assertThat(projects.detail(id).input().remarks()).isNull();
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(1);
    }

    @Test
    void liaisonCannotEditAProjectOnceTheOfficeHasItButMayWithdrawItBeforeScreening() {
        long id = draftOf("huayuan", "花园街道便民服务中心建设项目");
        projects.submit(id);
        ProjectDetail submitted = projects.detail(id);
        assertThat(submitted.commands()).containsExactly(ProjectCommand.WITHDRAW);
        ProjectInput changed = submitted.input().toBuilder().remarks("补充说明").build();
        assertThatThrownBy(() -> projects.update(id, submitted.version(), changed))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("不能再修改");

        projects.withdraw(id);
        ProjectDetail draft = projects.detail(id);
        projects.update(id, draft.version(), changed);
        projects.submit(id);

        as("office");
        projects.screen(id);

        as("huayuan");
        ProjectDetail screened = projects.detail(id);
        assertThat(screened.commands()).isEmpty();
        assertThatThrownBy(() -> projects.update(id, screened.version(),
                screened.input().toBuilder().remarks("再改").build())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("初筛通过");
        assertThatThrownBy(() -> projects.withdraw(id)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> projects.screen(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("只有规划办可以初筛通过");
        assertThat(projects.detail(id).input().remarks()).isEqualTo("补充说明");
    }

    @Test
    void liaisonFilesOnlyForTheirOwnUnitAndProposesOnlyAsAnIntention() {
        as("huayuan");
        ProjectInput forWaterBureau = ProjectFixtures.valid(ref, "shuili", "水库除险加固工程").build();
        assertThatThrownBy(() -> projects.create(forWaterBureau)).isInstanceOf(ProjectValidationException.class)
                .satisfies(e -> assertThat(((ProjectValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly(ProjectField.APPLICANT));

        ProjectInput adopted = ProjectFixtures.valid(ref, "huayuan", "花园街道智慧社区项目")
                .nationalProposal(ProposalStatus.ADOPTED).build();
        assertThatThrownBy(() -> projects.create(adopted)).isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("联络员只能填“拟报送”");
        long id = projects.create(adopted.toBuilder().nationalProposal(ProposalStatus.PLANNED).build());
        assertThatThrownBy(() -> projects.setProposal(id, ProposalLevel.NATIONAL, ProposalStatus.SUBMITTED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadershipReadsEverythingAndChangesNothing() {
        long id = draftOf("huayuan", "花园街道口袋公园项目");
        projects.submit(id);

        as("leader");
        assertThat(projects.detail(id).commands()).isEmpty();
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(1);
        assertThat(projects.canCreate()).isFalse();
        assertThatThrownBy(() -> projects.create(ProjectFixtures.valid(ref, "huayuan", "新项目").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.screen(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.addDomain("文化旅游")).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.detail(id).status()).isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void badInputGetsChineseMessagesPerFieldAndSavesNothing() {
        as("huayuan");
        ProjectInput bad = ProjectFixtures.valid(ref, "huayuan", "花园街道雨污分流项目")
                .code("2020-411726-04-01-12345").fund(ProjectField.FUND_SELF, new BigDecimal("500"))
                .startYear(2024).endYear(2022).build();
        assertThatThrownBy(() -> projects.create(bad)).isInstanceOf(ProjectValidationException.class)
                .satisfies(e -> {
                    List<FieldError> errors = ((ProjectValidationException) e).errors();
                    assertThat(errors).extracting(FieldError::field).containsExactly(ProjectField.CODE,
                            ProjectField.TOTAL_INVESTMENT, ProjectField.END_YEAR);
                    assertThat(errors.get(1).message()).isEqualTo("资金来源合计 900.00 万元，与总投资 1,000.00 万元不一致");
                    assertThat(errors.get(2).message()).isEqualTo("完工年份 2022 早于开工年份 2024");
                });
        assertThat(projects.count(ProjectFilter.all())).isZero();

        long id = projects.create(ProjectFixtures.valid(ref, "huayuan", "花园街道雨污分流项目").build());
        assertThatThrownBy(() -> projects.create(ProjectFixtures.valid(ref, "huayuan", "花园街道 雨污分流项目").build()))
                .isInstanceOf(ProjectValidationException.class).hasMessageContaining("已有同名项目");

        ProjectDetail detail = projects.detail(id);
        projects.update(id, detail.version(), detail.input().toBuilder().remarks("第一次修改").build());
        assertThatThrownBy(() -> projects.update(id, detail.version(),
                detail.input().toBuilder().remarks("基于旧版本的修改").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("已被他人修改");
        assertThat(projects.detail(id).input().remarks()).isEqualTo("第一次修改");
    }

    @Test
    void officeKeepsTheDomainListAndRetiredDomainsAreNotOfferedForNewProjects() {
        as("office");
        DomainRef culture = projects.addDomain("文化旅游");
        assertThatThrownBy(() -> projects.addDomain("产业")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("已有领域“产业”");
        projects.renameDomain(culture.id(), "文化和旅游");
        long id = projects.create(ProjectFixtures.valid(ref, "shuili", "水利风景区项目").build().toBuilder()
                .domainId(culture.id()).build());
        projects.setDomainRetired(culture.id(), true);
        assertThatThrownBy(() -> projects.create(ProjectFixtures.valid(ref, "shuili", "另一个项目").build()
                .toBuilder().domainId(culture.id()).build())).isInstanceOf(ProjectValidationException.class)
                .hasMessageContaining("已停用");
        // the project that has it keeps it and can still be edited
        ProjectDetail detail = projects.detail(id);
        projects.update(id, detail.version(), detail.input().toBuilder().remarks("仍可修改").build());
        assertThat(projects.detail(id).text(ProjectField.DOMAIN)).isEqualTo("文化和旅游");
    }
}
