package cn.gov.biyang.plan.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.biyang.plan.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of the current compilation cycle: its notice, phases, research topics and plans. The catalogue is
 * small (dozens of items), so filtering happens here on one fetched list; growing data elsewhere is paged in SQL.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final PlanningCycleRepository cycles;
    private final PhaseRepository phases;
    private final WorkItemRepository items;
    private final OrganizationService organization;
    private final Clock clock;

    CatalogueService(PlanningCycleRepository cycles, PhaseRepository phases, WorkItemRepository items,
                     OrganizationService organization, Clock clock) {
        this.cycles = cycles;
        this.phases = phases;
        this.items = items;
        this.organization = organization;
        this.clock = clock;
    }

    public Optional<UnitRef> unit(Long unitId) {
        return unitId == null ? Optional.empty() : organization.byId(unitId).map(UnitRef::of);
    }

    public Optional<UnitRef> unitByCode(String code) {
        return organization.byCode(code).map(UnitRef::of);
    }

    /** Every unit with how many topics and plans it leads and supports. */
    public List<UnitSummary> unitSummaries() {
        List<WorkItemView> all = allItems();
        return organization.allUnits().stream().map(u -> new UnitSummary(UnitRef.of(u), u.getFullName(), u.getKind(),
                u.getAliasNames(),
                all.stream().filter(i -> i.lead().id().equals(u.getId())).count(),
                all.stream().filter(i -> i.supporting().stream().anyMatch(s -> s.id().equals(u.getId()))).count()))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<CycleView> currentCycle() {
        return cycles.findFirstByOrderByIssuedOnDesc().map(c -> new CycleView(c.getId(), c.getName(),
                c.getNoticeTitle(), c.getIssuer(), c.getDocumentNumber(), c.getIssuedOn(), c.getTopicReportDue(),
                c.getTopicReportDueText(), c.getContact()));
    }

    public List<PhaseView> phases() {
        Optional<PlanningCycle> cycle = cycles.findFirstByOrderByIssuedOnDesc();
        if (cycle.isEmpty()) {
            return List.of();
        }
        List<Phase> all = phases.findByCycleIdOrderByNumber(cycle.get().getId());
        LocalDate today = today();
        Integer current = currentPhaseNumber(all, today);
        return all.stream().map(p -> new PhaseView(p.getNumber(), p.getName(), p.getStartsOn(), p.getEndsOn(),
                p.getDateText(), p.getWork(), current != null && p.getNumber() == current,
                p.getEndsOn().isBefore(today))).toList();
    }

    public Optional<PhaseView> currentPhase() {
        return phases().stream().filter(PhaseView::current).findFirst();
    }

    /**
     * The notice's phases overlap at their edges (phase 3 starts in February, phase 2 ends in February): the current
     * phase is the latest one that has started and not ended.
     */
    static Integer currentPhaseNumber(List<Phase> all, LocalDate today) {
        return all.stream().filter(p -> p.contains(today)).map(Phase::getNumber).max(Integer::compare).orElse(null);
    }

    public List<WorkItemView> allItems() {
        return cycles.findFirstByOrderByIssuedOnDesc()
                .map(c -> items.findAllOfCycle(c.getId()).stream()
                        .sorted(Comparator.comparing(WorkItem::getKind).thenComparing(WorkItem::getNumber))
                        .map(this::view).toList())
                .orElse(List.of());
    }

    public List<WorkItemView> topics() {
        return allItems().stream().filter(i -> i.kind() == WorkItemKind.TOPIC).toList();
    }

    public List<WorkItemView> plans() {
        return allItems().stream().filter(i -> i.kind().isPlan()).toList();
    }

    /** Items of the given kinds involving the unit (when given) whose title or scope contains the text (when given). */
    public List<WorkItemView> search(Set<WorkItemKind> kinds, Long unitId, String text) {
        String needle = text == null ? "" : text.strip();
        return allItems().stream()
                .filter(i -> kinds.contains(i.kind()))
                .filter(i -> unitId == null || i.involves(unitId))
                .filter(i -> needle.isEmpty() || i.title().contains(needle)
                        || (i.scope() != null && i.scope().contains(needle))
                        || i.lead().name().contains(needle) || i.supportingText().contains(needle)
                        || String.valueOf(i.number()).equals(needle))
                .toList();
    }

    public Optional<WorkItemView> item(WorkItemKind kind, int number) {
        return cycles.findFirstByOrderByIssuedOnDesc().flatMap(c -> items.findOne(c.getId(), kind, number))
                .map(this::view);
    }

    /** A topic or plan by its id (e.g. the one a deliverable belongs to). */
    public Optional<WorkItemView> item(Long id) {
        return id == null ? Optional.empty() : items.findById(id).map(this::view);
    }

    public Optional<WorkItemView> plan(int number) {
        return item(number == 0 ? WorkItemKind.MASTER_PLAN : WorkItemKind.SPECIAL_PLAN, number);
    }

    /** Exactly the items a unit leads, and those it supports (named in the notice as 配合). */
    public UnitWork workOf(UnitRef unit) {
        List<WorkItemView> all = allItems();
        List<WorkItemView> lead = all.stream().filter(i -> i.lead().id().equals(unit.id())).toList();
        List<WorkItemView> supporting = all.stream()
                .filter(i -> i.supporting().stream().anyMatch(u -> u.id().equals(unit.id()))).toList();
        return new UnitWork(unit, lead, supporting);
    }

    public Map<ItemStatus, Long> statusCounts(boolean plans) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0L);
        }
        (plans ? plans() : topics()).forEach(i -> counts.merge(i.status(), 1L, Long::sum));
        return counts;
    }

    /** The nearest due date or phase end from today on. */
    public Optional<Deadline> nextDeadline() {
        LocalDate today = today();
        List<Deadline> candidates = new ArrayList<>();
        for (WorkItemView i : allItems()) {
            if (i.dueOn() != null && !i.dueOn().isBefore(today)) {
                String what = i.kind() == WorkItemKind.TOPIC ? "重点课题调研报告报送" : i.kind().label() + "编制完成";
                candidates.add(new Deadline(i.dueOn(), what, ChronoUnit.DAYS.between(today, i.dueOn())));
            }
        }
        for (PhaseView p : phases()) {
            if (!p.endsOn().isBefore(today)) {
                candidates.add(new Deadline(p.endsOn(), p.name() + "结束",
                        ChronoUnit.DAYS.between(today, p.endsOn())));
            }
        }
        return candidates.stream().min(Comparator.comparing(Deadline::date));
    }

    private WorkItemView view(WorkItem item) {
        return WorkItemView.of(item, statusOf(item));
    }

    private ItemStatus statusOf(WorkItem item) {
        return item.getDueOn() != null && today().isAfter(item.getDueOn()) ? ItemStatus.OVERDUE
                : ItemStatus.NOT_SUBMITTED;
    }

    /** Whether the catalogue of a cycle with this code is already loaded. */
    public boolean hasCycle(String code) {
        return cycles.findByCode(code).isPresent();
    }
}
