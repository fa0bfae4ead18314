package cn.gov.biyang.plan.projects;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a project. The office does everything; leadership reads everything and changes nothing; a
 * liaison reads and changes only projects their own unit applies for, and changes them only while they are the
 * unit's (草稿 or 已退回), never once the office has them.
 */
@Component
class ProjectAccess {

    static final String OBJECT_TYPE = "Project";

    private final CurrentUser currentUser;
    private final AuditService audit;

    ProjectAccess(CurrentUser currentUser, AuditService audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    SignedInUser user() {
        return currentUser.require();
    }

    /** Limits a liaison's lists to their unit; null for everyone else. */
    static Long scopeUnit(SignedInUser user) {
        return user.isLiaison() ? user.unitId() : null;
    }

    static boolean canRead(SignedInUser user, Project project) {
        return !user.isLiaison() || project.getApplicantUnitId().equals(user.unitId());
    }

    /** Why the user may not change the project's record, or empty when they may. */
    static Optional<String> whyNotEdit(SignedInUser user, Project project) {
        return whyNotEdit(user, project.getApplicantUnitId(), project.getStatus());
    }

    static Optional<String> whyNotEdit(SignedInUser user, Long applicantUnitId, ProjectStatus status) {
        if (user.isLeader()) {
            return Optional.of("领导账号只能查看，不能修改项目");
        }
        if (user.isLiaison()) {
            if (!applicantUnitId.equals(user.unitId())) {
                return Optional.of("只能修改本单位申报的项目");
            }
            if (!status.editableByLiaison()) {
                return Optional.of("项目已交规划办筛选（" + status.label() + "），不能再修改；如需修改请联系规划办退回");
            }
        }
        return Optional.empty();
    }

    /** Why the user may not create or import projects at all, or empty. */
    static Optional<String> whyNotCreate(SignedInUser user) {
        if (user.isLeader()) {
            return Optional.of("领导账号只能查看，不能新建或导入项目");
        }
        if (user.isLiaison() && user.unitId() == null) {
            return Optional.of("账号未关联单位，不能填报项目");
        }
        return Optional.empty();
    }

    /** The commands the detail page offers: exactly what the service would allow now. */
    static Set<ProjectCommand> commands(SignedInUser user, Project project) {
        Set<ProjectCommand> commands = EnumSet.noneOf(ProjectCommand.class);
        ProjectStatus s = project.getStatus();
        if (whyNotEdit(user, project).isEmpty()) {
            commands.add(ProjectCommand.EDIT);
            if (s == ProjectStatus.DRAFT || s == ProjectStatus.RETURNED) {
                commands.add(ProjectCommand.SUBMIT);
            }
        }
        boolean ownOrOffice = user.isOffice()
                || (user.isLiaison() && project.getApplicantUnitId().equals(user.unitId()));
        if (ownOrOffice && s == ProjectStatus.SUBMITTED) {
            commands.add(ProjectCommand.WITHDRAW);
        }
        if (user.isOffice()) {
            switch (s) {
                case SUBMITTED -> commands.add(ProjectCommand.SCREEN);
                case SCREENED -> commands.add(ProjectCommand.START_ARGUMENT);
                case ARGUING -> commands.add(ProjectCommand.INCLUDE);
                default -> { }
            }
            if (s == ProjectStatus.SUBMITTED || s == ProjectStatus.SCREENED || s == ProjectStatus.ARGUING) {
                commands.add(ProjectCommand.RETURN);
                commands.add(ProjectCommand.REJECT);
            }
            commands.add(ProjectCommand.SET_PROPOSAL);
        }
        return commands;
    }

    /** Records the refusal (it survives the rollback) and refuses with the Chinese reason. */
    AccessDeniedException refuse(SignedInUser user, String action, Long projectId, String reason) {
        audit.recordRefusal(user.username(), action, OBJECT_TYPE, projectId == null ? null : projectId.toString(),
                reason);
        return new AccessDeniedException(reason);
    }

    void record(SignedInUser user, String action, Long projectId, String detail) {
        audit.record(user.username(), action, OBJECT_TYPE, projectId.toString(), detail);
    }

    void recordDomain(SignedInUser user, String action, Long domainId, String detail) {
        audit.record(user.username(), action, "ProjectDomain", domainId.toString(), detail);
    }
}
