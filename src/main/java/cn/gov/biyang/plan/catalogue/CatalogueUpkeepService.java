package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office keeps the catalogue current: corrects topics and plans (title, scope, lead and supporting units, due
 * date), adds new ones, retires those dropped, and corrects phases. Nothing is deleted: deliverables and the audit log
 * refer to items. Every change is audited with what it was before.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueUpkeepService {

    private final PlanningCycleRepository cycles;
    private final PhaseRepository phases;
    private final WorkItemRepository items;
    private final OrganizationService organization;
    private final CurrentUser currentUser;
    private final AuditService audit;

    CatalogueUpkeepService(PlanningCycleRepository cycles, PhaseRepository phases, WorkItemRepository items,
                           OrganizationService organization, CurrentUser currentUser, AuditService audit) {
        this.cycles = cycles;
        this.phases = phases;
        this.items = items;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A topic or plan as the upkeep page lists it, retired ones included. */
    public record UpkeepItem(Long id, WorkItemKind kind, int number, String title, String scope, UnitRef lead,
                             List<UnitRef> supporting, String supportingNote, LocalDate dueOn, boolean retired) {

        public String reference() {
            return switch (kind) {
                case TOPIC -> "课题" + number;
                case MASTER_PLAN -> "总体规划";
                case SPECIAL_PLAN -> "专项规划" + number;
            };
        }
    }

    /** What the office enters for a topic or plan. */
    public record ItemForm(String title, String scope, Long leadUnitId, List<Long> supportingUnitIds,
                           String supportingNote, LocalDate dueOn) {
    }

    /** A phase for the upkeep page. */
    public record UpkeepPhase(Long id, int number, String name, LocalDate startsOn, LocalDate endsOn, String dateText,
                              String work) {
    }

    public record PhaseForm(String name, LocalDate startsOn, LocalDate endsOn, String dateText, String work) {
    }

    public List<UpkeepItem> items() {
        requireOffice("CATALOGUE_VIEW", null);
        Long cycle = currentCycleId();
        return items.findAll().stream().filter(i -> i.getCycle().getId().equals(cycle))
                .sorted(Comparator.comparing(WorkItem::getKind).thenComparing(WorkItem::getNumber))
                .map(CatalogueUpkeepService::view).toList();
    }

    public List<UpkeepPhase> phases() {
        requireOffice("CATALOGUE_VIEW", null);
        return phases.findByCycleIdOrderByNumber(currentCycleId()).stream()
                .map(p -> new UpkeepPhase(p.getId(), p.getNumber(), p.getName(), p.getStartsOn(), p.getEndsOn(),
                        p.getDateText(), p.getWork()))
                .toList();
    }

    @Transactional
    public void updateItem(Long itemId, ItemForm form) {
        SignedInUser office = requireOffice("WORK_ITEM_UPDATE", String.valueOf(itemId));
        WorkItem item = items.findById(itemId).orElseThrow(() -> new IllegalArgumentException("事项不存在。"));
        Unit lead = checked(form);
        List<Unit> supporting = supporting(form, lead);
        UpkeepItem before = view(item);
        List<String> changes = new ArrayList<>();
        change(changes, "名称", before.title(), form.title().strip());
        change(changes, "研究内容", before.scope(), blankToNull(form.scope()));
        change(changes, "牵头单位", before.lead().name(), lead.getName());
        change(changes, "配合单位", names(before.supporting().stream().map(UnitRef::name).toList()),
                names(supporting.stream().map(Unit::getName).toList()));
        change(changes, "配合说明", before.supportingNote(), blankToNull(form.supportingNote()));
        change(changes, "截止日期", String.valueOf(before.dueOn()), String.valueOf(form.dueOn()));
        if (changes.isEmpty()) {
            return;
        }
        item.update(form.title().strip(), blankToNull(form.scope()), lead, supporting,
                blankToNull(form.supportingNote()), form.dueOn());
        audit.record(office.username(), "WORK_ITEM_UPDATED", "WorkItem", String.valueOf(itemId),
                before.reference() + "：" + String.join("；", changes));
    }

    /** Adds a topic or special plan with the next free number (the master plan exists once). */
    @Transactional
    public UpkeepItem createItem(WorkItemKind kind, ItemForm form) {
        SignedInUser office = requireOffice("WORK_ITEM_CREATE", null);
        if (kind == null || kind == WorkItemKind.MASTER_PLAN) {
            throw new IllegalArgumentException("只能新增研究课题或专项规划。");
        }
        Unit lead = checked(form);
        PlanningCycle cycle = cycles.findFirstByOrderByIssuedOnDesc()
                .orElseThrow(() -> new IllegalStateException("尚未导入编制目录"));
        int number = items.findAll().stream().filter(i -> i.getCycle().getId().equals(cycle.getId())
                && i.getKind() == kind).mapToInt(WorkItem::getNumber).max().orElse(0) + 1;
        WorkItem item = items.save(new WorkItem(cycle, kind, number, form.title().strip(), blankToNull(form.scope()),
                lead, supporting(form, lead), blankToNull(form.supportingNote()), form.dueOn()));
        UpkeepItem view = view(item);
        audit.record(office.username(), "WORK_ITEM_CREATED", "WorkItem", String.valueOf(item.getId()),
                "新增" + kind.label() + " " + view.reference() + "：" + item.getTitle() + "，牵头 " + lead.getName());
        return view;
    }

    /** Retires (or reinstates) a topic or plan: it leaves every list, nothing that refers to it is lost. */
    @Transactional
    public void setItemRetired(Long itemId, boolean retired) {
        SignedInUser office = requireOffice(retired ? "WORK_ITEM_RETIRE" : "WORK_ITEM_REINSTATE",
                String.valueOf(itemId));
        WorkItem item = items.findById(itemId).orElseThrow(() -> new IllegalArgumentException("事项不存在。"));
        if (item.isRetired() == retired) {
            return;
        }
        item.setRetired(retired);
        audit.record(office.username(), retired ? "WORK_ITEM_RETIRED" : "WORK_ITEM_REINSTATED", "WorkItem",
                String.valueOf(itemId), (retired ? "撤销 " : "恢复 ") + view(item).reference() + "：" + item.getTitle());
    }

    @Transactional
    public void updatePhase(Long phaseId, PhaseForm form) {
        SignedInUser office = requireOffice("PHASE_UPDATE", String.valueOf(phaseId));
        Phase phase = phases.findById(phaseId).orElseThrow(() -> new IllegalArgumentException("阶段不存在。"));
        if (form.name() == null || form.name().isBlank()) {
            throw new IllegalArgumentException("请填写阶段名称。");
        }
        if (form.startsOn() == null || form.endsOn() == null) {
            throw new IllegalArgumentException("请填写开始和结束日期。");
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new IllegalArgumentException("结束日期不能早于开始日期。");
        }
        if (form.dateText() == null || form.dateText().isBlank() || form.work() == null || form.work().isBlank()) {
            throw new IllegalArgumentException("请填写时间表述和工作内容。");
        }
        List<String> changes = new ArrayList<>();
        change(changes, "名称", phase.getName(), form.name().strip());
        change(changes, "开始", String.valueOf(phase.getStartsOn()), String.valueOf(form.startsOn()));
        change(changes, "结束", String.valueOf(phase.getEndsOn()), String.valueOf(form.endsOn()));
        change(changes, "时间表述", phase.getDateText(), form.dateText().strip());
        change(changes, "工作内容", phase.getWork(), form.work().strip());
        if (changes.isEmpty()) {
            return;
        }
        phase.update(form.name().strip(), form.startsOn(), form.endsOn(), form.dateText().strip(), form.work().strip());
        audit.record(office.username(), "PHASE_UPDATED", "Phase", String.valueOf(phaseId),
                "第 " + phase.getNumber() + " 阶段：" + String.join("；", changes));
    }

    // ---- helpers ----

    private Unit checked(ItemForm form) {
        if (form.title() == null || form.title().isBlank() || form.title().strip().length() > 300) {
            throw new IllegalArgumentException("请填写名称（最多 300 个字）。");
        }
        if (form.leadUnitId() == null) {
            throw new IllegalArgumentException("请选择牵头单位。");
        }
        Unit lead = activeUnit(form.leadUnitId());
        return lead;
    }

    private List<Unit> supporting(ItemForm form, Unit lead) {
        List<Unit> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(form.supportingUnitIds() == null ? List.of() : form.supportingUnitIds())) {
            if (id.equals(lead.getId())) {
                throw new IllegalArgumentException("牵头单位不能同时是配合单位。");
            }
            result.add(organization.byId(id).orElseThrow(() -> new IllegalArgumentException("配合单位不存在。")));
        }
        return result;
    }

    private Unit activeUnit(Long id) {
        Unit unit = organization.byId(id).orElseThrow(() -> new IllegalArgumentException("单位不存在。"));
        if (unit.isRetired()) {
            throw new IllegalArgumentException("单位“" + unit.getName() + "”已撤销，不能牵头事项。");
        }
        return unit;
    }

    private Long currentCycleId() {
        return cycles.findFirstByOrderByIssuedOnDesc().map(PlanningCycle::getId).orElse(-1L);
    }

    private SignedInUser requireOffice(String action, String objectId) {
        SignedInUser user = currentUser.require();
        if (!user.canChangeCatalogue()) {
            audit.recordRefusal(user.username(), action, "WorkItem", objectId, "只有规划办可以维护编制目录");
            throw new AccessDeniedException("只有规划办可以维护编制目录");
        }
        return user;
    }

    private static UpkeepItem view(WorkItem i) {
        return new UpkeepItem(i.getId(), i.getKind(), i.getNumber(), i.getTitle(), i.getScope(),
                UnitRef.of(i.getLeadUnit()), i.getSupportingUnits().stream().map(UnitRef::of).toList(),
                i.getSupportingNote(), i.getDueOn(), i.isRetired());
    }

    private static String names(List<String> names) {
        return String.join("、", names);
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + "：" + (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || "null".equals(s) ? null : s.strip();
    }
}
