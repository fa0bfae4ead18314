package cn.gov.biyang.plan.organization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.MailAddresses;
import cn.gov.biyang.plan.security.SignedInUser;
import cn.gov.biyang.plan.security.UnitDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, their written names and responsible leaders, and the leadership group. The office keeps them current; units
 * and members are retired, never deleted, because tasks, accounts and the audit log refer to them.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService implements UnitDirectory {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,39}");

    private final UnitRepository units;
    private final LeadershipGroupRepository groups;
    private final CurrentUser currentUser;
    private final AuditService audit;

    OrganizationService(UnitRepository units, LeadershipGroupRepository groups, CurrentUser currentUser,
                        AuditService audit) {
        this.units = units;
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Units that are not retired, for choosing a unit (accounts, tasks). */
    public List<Unit> activeUnits() {
        return units.findAllOrdered().stream().filter(u -> !u.isRetired()).toList();
    }

    @Override
    public Optional<String> activeUnitName(Long unitId) {
        return unitId == null ? Optional.empty()
                : units.findById(unitId).filter(u -> !u.isRetired()).map(Unit::getName);
    }

    // ---- the office's upkeep of units ----

    /** What the office enters for a unit. Aliases are the unit's other written names. */
    public record UnitForm(String code, String name, String fullName, UnitKind kind, List<String> aliases,
                           String leaderName, String leaderPosition, String leaderPhone, String leaderEmail) {
    }

    /**
     * A unit's responsible leader as reminder copies reach them; {@code email} is null or as recorded (possibly
     * unusable — the office's list of addresses to fix shows those).
     */
    public record UnitLeader(Long unitId, String unitName, String name, String email) {

        public boolean reachable() {
            return MailAddresses.isValid(email);
        }
    }

    /** The leader of an active unit, when the unit records one by name or mail address. */
    public Optional<UnitLeader> leaderOf(Long unitId) {
        return unitId == null ? Optional.empty()
                : units.findById(unitId).filter(u -> !u.isRetired()).flatMap(OrganizationService::leader);
    }

    /** Active units whose leader cannot be copied by mail: no leader recorded, or no usable address. */
    public List<UnitLeader> leadersWithoutValidEmail() {
        return units.findAllOrdered().stream().filter(u -> !u.isRetired())
                .map(u -> leader(u).orElse(new UnitLeader(u.getId(), u.getName(), null, null)))
                .filter(l -> !l.reachable()).toList();
    }

    private static Optional<UnitLeader> leader(Unit u) {
        return u.getLeaderName() == null && u.getLeaderEmail() == null ? Optional.empty()
                : Optional.of(new UnitLeader(u.getId(), u.getName(), u.getLeaderName(), u.getLeaderEmail()));
    }

    @Transactional
    public Unit createUnit(UnitForm form) {
        SignedInUser office = requireOffice("UNIT_CREATE", form.code());
        String code = form.code() == null ? "" : form.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("单位代码须为 2–40 位小写字母或数字（拼音），以字母开头。");
        }
        if (units.findByCode(code).isPresent()) {
            throw new IllegalArgumentException("单位代码“" + code + "”已被使用。");
        }
        List<String> aliases = checkNames(null, form);
        String leaderEmail = checkLeaderEmail(form);
        Unit unit = units.save(new Unit(code, form.name().replaceAll("\\s+", ""), blankToNull(form.fullName()), form.kind()));
        unit.replaceAliases(aliases);
        unit.setLeader(blankToNull(form.leaderName()), blankToNull(form.leaderPosition()),
                blankToNull(form.leaderPhone()), leaderEmail);
        audit.record(office.username(), "UNIT_CREATED", "Unit", String.valueOf(unit.getId()),
                "新增单位：" + unit.getName() + "（" + code + "）");
        return unit;
    }

    @Transactional
    public void updateUnit(Long unitId, UnitForm form) {
        SignedInUser office = requireOffice("UNIT_UPDATE", String.valueOf(unitId));
        Unit unit = unit(unitId);
        List<String> aliases = checkNames(unit, form);
        String leaderEmail = checkLeaderEmail(form);
        List<String> changes = new ArrayList<>();
        change(changes, "名称", unit.getName(), form.name().replaceAll("\\s+", ""));
        change(changes, "全称", unit.getFullName(), blankToNull(form.fullName()));
        change(changes, "类型", unit.getKind().label(), form.kind().label());
        change(changes, "其他写法", String.join("、", unit.getAliasNames()), String.join("、", aliases));
        change(changes, "分管领导", unit.getLeaderName(), blankToNull(form.leaderName()));
        change(changes, "分管领导职务", unit.getLeaderPosition(), blankToNull(form.leaderPosition()));
        change(changes, "分管领导电话", unit.getLeaderPhone(), blankToNull(form.leaderPhone()));
        change(changes, "分管领导邮箱", unit.getLeaderEmail(), leaderEmail);
        if (changes.isEmpty()) {
            return;
        }
        unit.rename(form.name().replaceAll("\\s+", ""), blankToNull(form.fullName()), form.kind());
        unit.replaceAliases(aliases);
        unit.setLeader(blankToNull(form.leaderName()), blankToNull(form.leaderPosition()),
                blankToNull(form.leaderPhone()), leaderEmail);
        audit.record(office.username(), "UNIT_UPDATED", "Unit", String.valueOf(unitId),
                unit.getName() + "：" + String.join("；", changes));
    }

    /** Retires a unit (e.g. merged in a reform): it stays in history but is no longer offered for new work. */
    @Transactional
    public void setUnitRetired(Long unitId, boolean retired) {
        SignedInUser office = requireOffice(retired ? "UNIT_RETIRE" : "UNIT_REINSTATE", String.valueOf(unitId));
        Unit unit = unit(unitId);
        if (unit.isRetired() == retired) {
            return;
        }
        unit.setRetired(retired);
        audit.record(office.username(), retired ? "UNIT_RETIRED" : "UNIT_REINSTATED", "Unit", String.valueOf(unitId),
                (retired ? "撤销单位：" : "恢复单位：") + unit.getName());
    }

    /** The leader's mail address, if given, must be usable: reminder copies go to it. */
    private static String checkLeaderEmail(UnitForm form) {
        String email = blankToNull(form.leaderEmail() == null ? null : form.leaderEmail().strip());
        if (email != null && (email.length() > 200 || !MailAddresses.isValid(email))) {
            throw new IllegalArgumentException("分管领导邮箱“" + email + "”格式不正确，请填写如 name@example.gov.cn 的地址。");
        }
        return email;
    }

    /** Name and aliases must be unique among all units' names and aliases; returns the cleaned alias list. */
    private List<String> checkNames(Unit self, UnitForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
            throw new IllegalArgumentException("请填写单位名称（最多 100 个字）。");
        }
        if (form.kind() == null) {
            throw new IllegalArgumentException("请选择单位类型。");
        }
        String name = form.name().replaceAll("\\s+", "");
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        for (String a : form.aliases() == null ? List.<String>of() : form.aliases()) {
            String clean = a == null ? "" : a.replaceAll("\\s+", "");
            if (!clean.isEmpty() && !clean.equals(name)) {
                aliases.add(clean);
            }
        }
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        for (String n : all) {
            Optional<Unit> owner = units.findByName(n).or(() -> units.findByAlias(n));
            if (owner.isPresent() && (self == null || !owner.get().getId().equals(self.getId()))) {
                throw new IllegalArgumentException("“" + n + "”已是单位“" + owner.get().getName() + "”的名称或其他写法。");
            }
        }
        return List.copyOf(aliases);
    }

    // ---- the office's upkeep of the leadership group ----

    /** What the office enters for a leadership-group member. */
    public record MemberForm(String name, LeadershipRole role, String position, Long unitId) {
    }

    @Transactional
    public LeadershipMember addMember(Long groupId, MemberForm form) {
        SignedInUser office = requireOffice("LEADERSHIP_MEMBER_ADD", String.valueOf(groupId));
        LeadershipGroup group = groups.findById(groupId)
                .orElseThrow(() -> new IllegalArgumentException("领导小组不存在。"));
        validate(form);
        group.addMember(group.nextOrdinal(), form.name().strip(), form.role(), form.position().strip(),
                form.unitId() == null ? null : unit(form.unitId()));
        groups.flush();
        LeadershipMember added = group.getMembers().getLast();
        audit.record(office.username(), "LEADERSHIP_MEMBER_ADDED", "LeadershipMember", String.valueOf(added.getId()),
                "领导小组新增" + form.role().label() + "：" + form.name().strip() + "（" + form.position().strip() + "）");
        return added;
    }

    @Transactional
    public void updateMember(Long memberId, MemberForm form) {
        SignedInUser office = requireOffice("LEADERSHIP_MEMBER_UPDATE", String.valueOf(memberId));
        LeadershipMember member = member(memberId);
        validate(form);
        List<String> changes = new ArrayList<>();
        change(changes, "姓名", member.getName(), form.name().strip());
        change(changes, "职责", member.getRole().label(), form.role().label());
        change(changes, "职务", member.getPosition(), form.position().strip());
        Unit unit = form.unitId() == null ? null : unit(form.unitId());
        change(changes, "单位", member.getUnit() == null ? null : member.getUnit().getName(),
                unit == null ? null : unit.getName());
        if (changes.isEmpty()) {
            return;
        }
        member.update(form.name().strip(), form.role(), form.position().strip(), unit);
        audit.record(office.username(), "LEADERSHIP_MEMBER_UPDATED", "LeadershipMember", String.valueOf(memberId),
                String.join("；", changes));
    }

    @Transactional
    public void setMemberRetired(Long memberId, boolean retired) {
        SignedInUser office = requireOffice("LEADERSHIP_MEMBER_RETIRE", String.valueOf(memberId));
        LeadershipMember member = member(memberId);
        if (member.isRetired() == retired) {
            return;
        }
        member.setRetired(retired);
        audit.record(office.username(), retired ? "LEADERSHIP_MEMBER_RETIRED" : "LEADERSHIP_MEMBER_REINSTATED",
                "LeadershipMember", String.valueOf(memberId),
                (retired ? "退出领导小组：" : "恢复领导小组成员：") + member.getName());
    }

    private void validate(MemberForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 50) {
            throw new IllegalArgumentException("请填写姓名（最多 50 个字）。");
        }
        if (form.role() == null) {
            throw new IllegalArgumentException("请选择在领导小组中的职责（组长、副组长或成员）。");
        }
        if (form.position() == null || form.position().isBlank() || form.position().strip().length() > 300) {
            throw new IllegalArgumentException("请填写职务。");
        }
    }

    private LeadershipMember member(Long memberId) {
        return groups.findAll().stream().flatMap(g -> g.getMembers().stream())
                .filter(m -> Objects.equals(m.getId(), memberId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("领导小组成员不存在。"));
    }

    private Unit unit(Long id) {
        return units.findById(id).orElseThrow(() -> new IllegalArgumentException("单位不存在。"));
    }

    private SignedInUser requireOffice(String action, String objectId) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), action, "Unit", objectId, "只有规划办可以维护单位和领导小组");
            throw new AccessDeniedException("只有规划办可以维护单位和领导小组");
        }
        return user;
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + "：" + (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<Unit> allUnits() {
        return units.findAllOrdered();
    }

    public Optional<Unit> byCode(String code) {
        return units.findByCode(code);
    }

    public Optional<Unit> byId(Long id) {
        return units.findById(id);
    }

    /** Finds a unit by its canonical name or any alias, ignoring blanks the print conversion left inside names. */
    public Optional<Unit> byAnyName(String writtenName) {
        if (writtenName == null) {
            return Optional.empty();
        }
        String name = writtenName.replaceAll("\\s+", "");
        return units.findByName(name).or(() -> units.findByAlias(name));
    }

    /** Creates the unit, or returns the existing one with the same code, adding aliases it does not have yet. */
    @Transactional
    public Unit ensureUnit(String code, String name, String fullName, UnitKind kind, List<String> aliases) {
        Unit unit = units.findByCode(code).orElseGet(() -> units.save(new Unit(code, name, fullName, kind)));
        aliases.forEach(unit::addAlias);
        return unit;
    }

    public Optional<LeadershipGroup> leadershipGroup(Long cycleId) {
        return groups.findByCycleId(cycleId);
    }

    /** The group of the most recent cycle (the one the portal currently coordinates). */
    public Optional<LeadershipGroup> currentLeadershipGroup() {
        return groups.findFirstByOrderByCycleIdDesc();
    }

    /** Everything needed to record a leadership group as the notice lists it. */
    public record MemberEntry(int ordinal, String name, LeadershipRole role, String position, String unitCode) {
    }

    @Transactional
    public LeadershipGroup createLeadershipGroup(Long cycleId, String name, String officeUnitCode, String director,
                                                 String directorPosition, String officeText,
                                                 List<MemberEntry> members) {
        if (groups.findByCycleId(cycleId).isPresent()) {
            throw new IllegalStateException("该编制周期已有领导小组");
        }
        Unit office = requireUnit(officeUnitCode);
        LeadershipGroup group = new LeadershipGroup(cycleId, name, office, director, directorPosition, officeText);
        for (MemberEntry m : members) {
            Unit unit = m.unitCode() == null ? null : requireUnit(m.unitCode());
            group.addMember(m.ordinal(), m.name(), m.role(), m.position(), unit);
        }
        return groups.save(group);
    }

    private Unit requireUnit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalArgumentException("未知单位代码: " + code));
    }
}
