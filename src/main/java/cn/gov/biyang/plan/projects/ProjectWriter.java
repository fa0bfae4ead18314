package cn.gov.biyang.plan.projects;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Creates and changes project records the same way for the form and the Excel import: the same rules, a history
 * entry naming every changed field, an audit record, the duplicate pairs refreshed. Runs inside the caller's
 * transaction; callers have already checked that the user may touch the project.
 */
@Component
class ProjectWriter {

    private final ProjectRepository projects;
    private final ProjectEventRepository events;
    private final DuplicateDetector duplicates;
    private final ProjectAccess access;
    private final Clock clock;

    ProjectWriter(ProjectRepository projects, ProjectEventRepository events, DuplicateDetector duplicates,
                  ProjectAccess access, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.duplicates = duplicates;
        this.access = access;
        this.clock = clock;
    }

    /** The identities in the database, for saving one project from the form. */
    ProjectIdentities database() {
        return new ProjectIdentities() {
            @Override
            public java.util.Optional<Known> byCode(String code) {
                return projects.findByCode(code).map(ProjectWriter::known);
            }

            @Override
            public java.util.Optional<Known> byName(Long applicantUnitId, String matchName) {
                return projects.findByApplicantUnitIdAndMatchName(applicantUnitId, matchName)
                        .map(ProjectWriter::known);
            }
        };
    }

    static ProjectIdentities.Known known(Project p) {
        return new ProjectIdentities.Known(p.getId(), p.getName(), p.getCode(), p.getApplicantUnitId(),
                p.getStatus(), p.input());
    }

    /**
     * Every problem of a normalized input for this user; {@code existing} is null for a new project. Uniqueness of
     * the code and of the name within the applicant unit is checked against {@code identities}.
     */
    List<FieldError> problems(SignedInUser user, ReferenceData ref, ProjectIdentities.Known existing, ProjectInput in,
                              ProjectIdentities identities) {
        List<FieldError> errors = new java.util.ArrayList<>(ProjectRules.check(in, ref));
        if (user.isLiaison() && in.applicantUnitId() != null && !in.applicantUnitId().equals(user.unitId())) {
            errors.add(new FieldError(ProjectField.APPLICANT,
                    "联络员只能填报本单位（" + ref.unitName(user.unitId()) + "）的项目"));
        }
        if (user.isLiaison()) {
            ProjectInput before = existing == null ? null : existing.input();
            for (ProposalLevel level : ProposalLevel.values()) {
                ProposalStatus value = in.proposal(level);
                ProposalStatus was = before == null ? null : before.proposal(level);
                if (value != null && value != ProposalStatus.PLANNED && value != was) {
                    errors.add(new FieldError(proposalField(level),
                            "联络员只能填“拟报送”；报送和采纳情况由规划办填写"));
                }
            }
        }
        if (in.domainId() != null) {
            boolean retired = ref.domain(in.domainId()).map(DomainRef::retired).orElse(false);
            boolean unchanged = existing != null && in.domainId().equals(existing.input().domainId());
            if (retired && !unchanged) {
                errors.add(new FieldError(ProjectField.DOMAIN, "领域“" + ref.domainName(in.domainId()) + "”已停用"));
            }
        }
        if (in.code() != null) {
            identities.byCode(in.code()).filter(other -> existing == null || !other.id().equals(existing.id()))
                    .ifPresent(other -> errors.add(new FieldError(ProjectField.CODE,
                            "项目代码 " + in.code() + " 已用于项目“" + other.name() + "”")));
        }
        if (in.name() != null && in.applicantUnitId() != null) {
            identities.byName(in.applicantUnitId(), Project.matchName(in.name()))
                    .filter(other -> existing == null || !other.id().equals(existing.id()))
                    .ifPresent(other -> errors.add(new FieldError(ProjectField.NAME,
                            ref.unitName(in.applicantUnitId()) + "已有同名项目")));
        }
        return errors;
    }

    static ProjectField proposalField(ProposalLevel level) {
        return switch (level) {
            case NATIONAL -> ProjectField.NATIONAL_PROPOSAL;
            case PROVINCIAL -> ProjectField.PROVINCIAL_PROPOSAL;
            case MUNICIPAL -> ProjectField.MUNICIPAL_PROPOSAL;
        };
    }

    Project create(SignedInUser user, ReferenceData ref, ProjectInput raw, ProjectAction action,
                   ProjectIdentities identities) {
        ProjectInput in = raw.normalized();
        List<FieldError> errors = problems(user, ref, null, in, identities);
        if (!errors.isEmpty()) {
            throw new ProjectValidationException(errors);
        }
        Instant now = clock.instant();
        Project project = projects.saveAndFlush(new Project(in, user.username(), now));
        event(project, user, action, null, ProjectStatus.DRAFT, null, now);
        access.record(user, "PROJECT_" + action.name(), project.getId(), project.getName());
        duplicates.refresh(project.getId(), project.getName(), project.getLocationUnitId(), ref);
        return project;
    }

    /** Applies the input; false (and nothing recorded) when it changes nothing. */
    boolean update(SignedInUser user, ReferenceData ref, Project project, ProjectInput raw, ProjectAction action,
                   ProjectIdentities identities) {
        ProjectInput in = raw.normalized();
        ProjectIdentities.Known existing = known(project);
        List<FieldError> errors = problems(user, ref, existing, in, identities);
        if (!errors.isEmpty()) {
            throw new ProjectValidationException(errors);
        }
        ProjectInput before = existing.input();
        if (before.equals(in)) {
            return false;
        }
        String changes = ProjectCells.changes(before, in, ref);
        Instant now = clock.instant();
        project.apply(in, now);
        projects.saveAndFlush(project);
        event(project, user, action, project.getStatus(), project.getStatus(), changes, now);
        access.record(user, "PROJECT_" + action.name(), project.getId(), changes);
        if (!Objects.equals(before.name(), in.name()) || !Objects.equals(before.locationUnitId(), in.locationUnitId())) {
            duplicates.refresh(project.getId(), project.getName(), project.getLocationUnitId(), ref);
        }
        return true;
    }

    void event(Project project, SignedInUser user, ProjectAction action, ProjectStatus from, ProjectStatus to,
               String detail, Instant now) {
        events.save(new ProjectEvent(project.getId(), now, user.username(), user.displayName(), action, from, to,
                detail));
    }
}
