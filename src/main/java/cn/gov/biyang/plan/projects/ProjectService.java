package cn.gov.biyang.plan.projects;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The major-project library (重大工程项目库): records, the screening workflow (提交 → 初筛通过 → 论证 → 入库, or 退回 /
 * 不予入库), proposals to higher-level plans, the editable domain list, and the filtered list with its totals and
 * summaries. Every change is checked against the signed-in user, kept in the project's history and audited.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectEventRepository events;
    private final ProjectDomainRepository domains;
    private final ProjectQueries queries;
    private final ProjectWriter writer;
    private final ProjectAccess access;
    private final OrganizationService organization;
    private final CatalogueService catalogue;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectEventRepository events, ProjectDomainRepository domains,
                   ProjectQueries queries, ProjectWriter writer, ProjectAccess access,
                   OrganizationService organization, CatalogueService catalogue, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.domains = domains;
        this.queries = queries;
        this.writer = writer;
        this.access = access;
        this.organization = organization;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    // ---- reference data -------------------------------------------------------------------------------------

    /** Domains, units (townships marked) and the current cycle's plans. */
    public ReferenceData referenceData() {
        List<DomainRef> domainRefs = domains.findAllByOrderByPositionAscIdAsc().stream().map(ProjectDomain::ref)
                .toList();
        List<UnitOption> units = organization.allUnits().stream().filter(u -> !u.isRetired())
                .map(u -> new UnitOption(u.getId(), u.getCode(), u.getName(), u.getAliasNames(),
                        u.getKind().isTownshipLevel()))
                .toList();
        List<PlanOption> plans = catalogue.plans().stream().map(ProjectService::planOption).toList();
        return new ReferenceData(domainRefs, units, plans);
    }

    private static PlanOption planOption(WorkItemView plan) {
        String shortTitle = plan.kind() == WorkItemKind.MASTER_PLAN ? "十四五规划纲要"
                : plan.title().replaceFirst("^泌阳县“十四五”", "");
        return new PlanOption(plan.id(), plan.number(), plan.title(), shortTitle);
    }

    // ---- reading --------------------------------------------------------------------------------------------

    public List<ProjectRow> page(ProjectFilter filter, int offset, int limit, List<SortKey> sorts) {
        return queries.page(where(filter), offset, limit, sorts);
    }

    public long count(ProjectFilter filter) {
        return queries.count(where(filter));
    }

    public ProjectTotals totals(ProjectFilter filter) {
        return queries.totals(where(filter));
    }

    public List<SummaryRow> summaryByDomain(ProjectFilter filter) {
        return queries.byDomain(where(filter));
    }

    public List<SummaryRow> summaryByTownship(ProjectFilter filter) {
        return queries.byTownship(where(filter));
    }

    /** By status in workflow order; each label is the status's Chinese name. */
    public List<SummaryRow> summaryByStatus(ProjectFilter filter) {
        return queries.byStatus(where(filter)).stream().map(r -> new SummaryRow(
                ProjectStatus.valueOf(r.label()).label(), r.count(), r.totalInvestment(), r.periodInvestment()))
                .toList();
    }

    private ProjectQueries.Where where(ProjectFilter filter) {
        return ProjectQueries.Where.of(filter, ProjectAccess.scopeUnit(access.user()));
    }

    public ProjectDetail detail(long id) {
        SignedInUser user = access.user();
        Project project = readable(user, id, "PROJECT_VIEW");
        ReferenceData ref = referenceData();
        ProjectInput input = project.input();
        Map<ProjectField, String> texts = new EnumMap<>(ProjectField.class);
        for (ProjectField f : ProjectField.IMPORTED) {
            texts.put(f, ProjectCells.text(f, input, ref));
        }
        texts.put(ProjectField.STATUS, project.getStatus().label());
        List<HistoryEntry> history = events.findByProjectIdOrderByIdAsc(project.getId()).stream()
                .map(ProjectEvent::entry).toList();
        List<SimilarProject> similar = user.isLiaison() ? List.of() : queries.similarTo(project.getId());
        return new ProjectDetail(project.getId(), project.getVersion(), input, texts, project.getStatus(),
                project.getStatusReason(), project.getCreatedBy(), project.getCreatedAt(), project.getUpdatedAt(),
                history, similar, ProjectAccess.commands(user, project));
    }

    /** Whether the signed-in user may create and import projects (office and liaisons). */
    public boolean canCreate() {
        return ProjectAccess.whyNotCreate(access.user()).isEmpty();
    }

    /** The unit a liaison files for; empty for the office and leadership. */
    public Optional<Long> ownUnit() {
        SignedInUser user = access.user();
        return user.isLiaison() ? Optional.ofNullable(user.unitId()) : Optional.empty();
    }

    // ---- changing the record --------------------------------------------------------------------------------

    /** A new draft; a liaison may only file for their own unit. Returns the project's id. */
    @Transactional
    public long create(ProjectInput input) {
        SignedInUser user = access.user();
        Optional<String> refusal = ProjectAccess.whyNotCreate(user);
        if (refusal.isPresent()) {
            throw access.refuse(user, "PROJECT_CREATED", null, refusal.get());
        }
        return writer.create(user, referenceData(), input, ProjectAction.CREATED, writer.database()).getId();
    }

    /**
     * Saves the form. {@code expectedVersion} is the version the form was opened on: if someone changed the project
     * since, nothing is saved, so no one's change is silently lost.
     */
    @Transactional
    public void update(long id, long expectedVersion, ProjectInput input) {
        SignedInUser user = access.user();
        Project project = editable(user, id, "PROJECT_UPDATED");
        if (project.getVersion() != expectedVersion) {
            throw new IllegalStateException("项目已被他人修改，请重新打开后再编辑");
        }
        writer.update(user, referenceData(), project, input, ProjectAction.UPDATED, writer.database());
    }

    // ---- the workflow ---------------------------------------------------------------------------------------

    /** Hands a draft (or a returned project) to the office for screening. */
    @Transactional
    public void submit(long id) {
        SignedInUser user = access.user();
        Project project = editable(user, id, "PROJECT_SUBMITTED");
        requireStatus(user, project, ProjectAction.SUBMITTED, ProjectStatus.DRAFT, ProjectStatus.RETURNED);
        move(user, project, ProjectStatus.SUBMITTED, ProjectAction.SUBMITTED, null);
    }

    /** Takes a submitted project back before the office has screened it (to correct it). */
    @Transactional
    public void withdraw(long id) {
        SignedInUser user = access.user();
        Project project = readable(user, id, "PROJECT_WITHDRAWN");
        if (user.isLeader()) {
            throw access.refuse(user, "PROJECT_WITHDRAWN", project.getId(), "领导账号只能查看，不能修改项目");
        }
        requireStatus(user, project, ProjectAction.WITHDRAWN, ProjectStatus.SUBMITTED);
        move(user, project, ProjectStatus.DRAFT, ProjectAction.WITHDRAWN, null);
    }

    /** 初筛通过. */
    @Transactional
    public void screen(long id) {
        officeStep(id, ProjectAction.SCREENED, ProjectStatus.SCREENED, null, ProjectStatus.SUBMITTED);
    }

    /** 进入论证. */
    @Transactional
    public void startArgument(long id) {
        officeStep(id, ProjectAction.ARGUMENT_STARTED, ProjectStatus.ARGUING, null, ProjectStatus.SCREENED);
    }

    /** 入库: the project is in the county's library. */
    @Transactional
    public void include(long id) {
        officeStep(id, ProjectAction.INCLUDED, ProjectStatus.INCLUDED, null, ProjectStatus.ARGUING);
    }

    /** 退回: back to the unit for changes, with the reason; the unit edits and submits again. */
    @Transactional
    public void returnForChanges(long id, String reason) {
        officeStep(id, ProjectAction.RETURNED, ProjectStatus.RETURNED, requireReason(reason),
                ProjectStatus.SUBMITTED, ProjectStatus.SCREENED, ProjectStatus.ARGUING);
    }

    /** 不予入库, with the reason. */
    @Transactional
    public void reject(long id, String reason) {
        officeStep(id, ProjectAction.REJECTED, ProjectStatus.REJECTED, requireReason(reason),
                ProjectStatus.SUBMITTED, ProjectStatus.SCREENED, ProjectStatus.ARGUING);
    }

    /** Where the project's proposal to a national, provincial or municipal plan stands (office only). */
    @Transactional
    public void setProposal(long id, ProposalLevel level, ProposalStatus status) {
        SignedInUser user = access.user();
        Project project = readable(user, id, "PROJECT_PROPOSAL_CHANGED");
        if (!user.isOffice()) {
            throw access.refuse(user, "PROJECT_PROPOSAL_CHANGED", project.getId(), "只有规划办可以登记上级规划报送情况");
        }
        ProposalStatus before = project.input().proposal(level);
        if (before == status) {
            return;
        }
        Instant now = clock.instant();
        project.setProposal(level, status, now);
        projects.saveAndFlush(project);
        String detail = level.label() + "规划：" + (before == null ? "（空）" : before.label()) + " → "
                + (status == null ? "（空）" : status.label());
        writer.event(project, user, ProjectAction.PROPOSAL_CHANGED, project.getStatus(), project.getStatus(), detail,
                now);
        access.record(user, "PROJECT_PROPOSAL_CHANGED", project.getId(), detail);
    }

    private void officeStep(long id, ProjectAction action, ProjectStatus next, String reason,
                            ProjectStatus... from) {
        SignedInUser user = access.user();
        Project project = readable(user, id, "PROJECT_" + action.name());
        if (!user.isOffice()) {
            throw access.refuse(user, "PROJECT_" + action.name(), project.getId(),
                    "只有规划办可以" + action.label());
        }
        requireStatus(user, project, action, from);
        move(user, project, next, action, reason);
    }

    private void move(SignedInUser user, Project project, ProjectStatus next, ProjectAction action, String reason) {
        ProjectStatus before = project.getStatus();
        Instant now = clock.instant();
        project.moveTo(next, reason, now);
        projects.saveAndFlush(project);
        writer.event(project, user, action, before, next, reason, now);
        access.record(user, "PROJECT_" + action.name(), project.getId(),
                before.label() + " → " + next.label() + (reason == null ? "" : "：" + reason));
    }

    private static void requireStatus(SignedInUser user, Project project, ProjectAction action,
                                      ProjectStatus... allowed) {
        for (ProjectStatus s : allowed) {
            if (project.getStatus() == s) {
                return;
            }
        }
        throw new IllegalStateException("项目当前状态为“" + project.getStatus().label() + "”，不能" + action.label());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProjectValidationException(List.of(new FieldError(ProjectField.STATUS, "请填写理由")));
        }
        if (reason.strip().length() > 2000) {
            throw new ProjectValidationException(List.of(new FieldError(ProjectField.STATUS, "理由不能超过 2000 个字")));
        }
        return reason.strip();
    }

    private Project find(long id) {
        return projects.findById(id).orElseThrow(() -> new IllegalArgumentException("项目不存在"));
    }

    /** The project if the user may read it; refused (and recorded) otherwise. */
    private Project readable(SignedInUser user, long id, String action) {
        Project project = find(id);
        if (!ProjectAccess.canRead(user, project)) {
            throw access.refuse(user, action, project.getId(), "只能查看本单位申报的项目");
        }
        return project;
    }

    private Project editable(SignedInUser user, long id, String action) {
        Project project = find(id);
        Optional<String> refusal = ProjectAccess.whyNotEdit(user, project);
        if (refusal.isPresent()) {
            throw access.refuse(user, action, project.getId(), refusal.get());
        }
        return project;
    }

    // ---- the domain list ------------------------------------------------------------------------------------

    public List<DomainRef> domains() {
        return domains.findAllByOrderByPositionAscIdAsc().stream().map(ProjectDomain::ref).toList();
    }

    @Transactional
    public DomainRef addDomain(String name) {
        SignedInUser user = officeOnly("PROJECT_DOMAIN_ADDED");
        String clean = domainName(name, null);
        ProjectDomain domain = domains.save(new ProjectDomain(clean, domains.maxPosition() + 1));
        access.recordDomain(user, "PROJECT_DOMAIN_ADDED", domain.getId(), clean);
        return domain.ref();
    }

    @Transactional
    public void renameDomain(long id, String name) {
        SignedInUser user = officeOnly("PROJECT_DOMAIN_RENAMED");
        ProjectDomain domain = domains.findById(id).orElseThrow(() -> new IllegalArgumentException("领域不存在"));
        String clean = domainName(name, domain.getId());
        String before = domain.getName();
        domain.rename(clean);
        access.recordDomain(user, "PROJECT_DOMAIN_RENAMED", domain.getId(), before + " → " + clean);
    }

    /** A retired domain stays on its projects but is not offered for new ones. */
    @Transactional
    public void setDomainRetired(long id, boolean retired) {
        SignedInUser user = officeOnly("PROJECT_DOMAIN_RETIRED");
        ProjectDomain domain = domains.findById(id).orElseThrow(() -> new IllegalArgumentException("领域不存在"));
        domain.setRetired(retired);
        access.recordDomain(user, retired ? "PROJECT_DOMAIN_RETIRED" : "PROJECT_DOMAIN_RESTORED", domain.getId(),
                domain.getName());
    }

    private String domainName(String name, Long except) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw new IllegalArgumentException("领域名称应为 1—40 个字");
        }
        domains.findByName(clean).filter(d -> !d.getId().equals(except)).ifPresent(d -> {
            throw new IllegalArgumentException("已有领域“" + clean + "”");
        });
        return clean;
    }

    private SignedInUser officeOnly(String action) {
        SignedInUser user = access.user();
        if (!user.isOffice()) {
            throw access.refuse(user, action, null, "只有规划办可以维护领域列表");
        }
        return user;
    }
}
