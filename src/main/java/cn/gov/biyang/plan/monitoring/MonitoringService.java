package cn.gov.biyang.plan.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.PhaseView;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models for the office's monitor and the leadership dashboard. Every figure is one SQL query over the
 * deliverables (no Java loops over all rows), so the pages stay fast with a hundred times the county's data
 * (docs/benchmarks.md). The office and leadership read them; liaisons do not.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

    private final JdbcTemplate jdbc;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    MonitoringService(JdbcTemplate jdbc, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The whole monitor of a phase (all units), as the Excel export shows it; the page reads it in pages. */
    public Matrix matrix(int phaseNumber) {
        MatrixOverview o = overview(phaseNumber);
        return new Matrix(o.phase(), o.phaseName(), o.from(), o.to(), o.today(), o.columns(),
                rows(o, 0, o.units()));
    }

    /**
     * The monitor's heading without fetching any cell: every lead unit's colour counts, already in display order
     * (most red, most amber, then name — names joined after counting), and the columns in the order they fall due.
     * Two plain aggregates: measurably cheaper than one pass with grouping sets over the joined rows.
     */
    public MatrixOverview overview(int phaseNumber) {
        requireReader();
        PhaseView phase = catalogue.phases().stream().filter(p -> p.number() == phaseNumber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有第 " + phaseNumber + " 阶段"));
        LocalDate today = today();
        Date from = Date.valueOf(phase.startsOn());
        Date to = Date.valueOf(phase.endsOn());
        planEachQueryForItsDates();
        List<MatrixOverview.UnitCounts> units = jdbc.query("""
                select o.unit_id, u.name, o.red, o.amber, o.green
                from (select c.unit_id, count(*) filter (where c.colour = 'RED') as red,
                             count(*) filter (where c.colour = 'AMBER') as amber,
                             count(*) filter (where c.colour = 'GREEN') as green
                      from (select w.lead_unit_id as unit_id,
                """ + Colour.SQL + """
                 as colour
                            from deliverable d join work_item w on w.id = d.work_item_id
                            where not d.removed and not w.retired and d.due_on between ? and ?) c
                      group by c.unit_id) o
                join unit u on u.id = o.unit_id
                order by o.red desc, o.amber desc, u.name collate "C", o.unit_id""",
                (rs, n) -> new MatrixOverview.UnitCounts(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getInt("red"), rs.getInt("amber"), rs.getInt("green")),
                Date.valueOf(today), Date.valueOf(today.plusDays(7)), from, to);
        // columns in the order they fall due (then by position); retired items are few, so they are left out by a
        // small anti-join rather than a join of every deliverable with its item
        List<String> columns = jdbc.queryForList("""
                select d.name from deliverable d
                where not d.removed and d.due_on between ? and ?
                  and d.work_item_id not in (select id from work_item where retired)
                group by d.name
                order by min(d.due_on), min(d.position), d.name""", String.class, from, to);
        return new MatrixOverview(phase.number(), phase.name(), phase.startsOn(), phase.endsOn(), today,
                List.copyOf(columns), List.copyOf(units));
    }

    /**
     * One page of the monitor's units (in the overview's order) with their cells, read for those units only. The
     * colours are those of the overview's day; names and counts are the overview's, so the page has exactly the rows
     * the grid was told of even if a deliverable changed in between.
     */
    public List<MatrixRow> rows(MatrixOverview overview, int offset, int limit) {
        requireReader();
        planEachQueryForItsDates();
        List<MatrixOverview.UnitCounts> page = overview.unitCounts().subList(Math.min(offset, overview.units()),
                (int) Math.min((long) offset + limit, overview.units()));
        if (page.isEmpty()) {
            return List.of();
        }
        Long[] unitIds = page.stream().map(MatrixOverview.UnitCounts::unitId).toArray(Long[]::new);
        Map<Long, List<MatrixCell>> cells = new LinkedHashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select d.id, d.name, d.due_on, d.status, d.current_round, w.kind, w.number, w.title,
                           w.lead_unit_id as unit_id,
                    """ + Colour.SQL + """
                     as colour
                    from unnest(?::bigint[]) as page(unit_id)
                    join work_item w on w.lead_unit_id = page.unit_id
                    join deliverable d on d.work_item_id = w.id
                    where not d.removed and not w.retired and d.due_on between ? and ?
                    order by d.due_on, d.position, w.kind, w.number""");
            // parameters in the text's order: the colour rule's two days, the page's units, the phase
            statement.setDate(1, Date.valueOf(overview.today()));
            statement.setDate(2, Date.valueOf(overview.today().plusDays(7)));
            statement.setArray(3, connection.createArrayOf("bigint", unitIds));
            statement.setDate(4, Date.valueOf(overview.from()));
            statement.setDate(5, Date.valueOf(overview.to()));
            return statement;
        }, rs -> {
            cells.computeIfAbsent(rs.getLong("unit_id"), id -> new ArrayList<>()).add(new MatrixCell(rs.getLong("id"),
                    reference(rs.getString("kind"), rs.getInt("number")), rs.getString("title"),
                    route(rs.getString("kind"), rs.getInt("number")), rs.getString("name"),
                    rs.getDate("due_on").toLocalDate(), statusLabel(rs.getString("status")),
                    rs.getInt("current_round"), Colour.valueOf(rs.getString("colour"))));
        });
        return page.stream().map(u -> new MatrixRow(u.unitId(), u.unitName(),
                List.copyOf(cells.getOrDefault(u.unitId(), List.of())), u.red(), u.amber(), u.green())).toList();
    }

    /** The current phase's number, or the first phase's, for exports asked without one. */
    public int defaultPhase() {
        List<PhaseView> phases = catalogue.phases();
        return phases.stream().filter(PhaseView::current).findFirst().or(() -> phases.stream().findFirst())
                .map(PhaseView::number).orElse(1);
    }

    /** Figures of the leadership dashboard; project figures come from the project library's own summaries. */
    public DashboardFigures dashboard(List<DashboardFigures.Money> projectsByDomain,
                                      List<DashboardFigures.Money> projectsByStatus) {
        requireReader();
        LocalDate today = today();
        Date t = Date.valueOf(today);
        planEachQueryForItsDates();
        // one pass over the current cycle's deliverables, counted by due day, kind and where they stand: a few dozen
        // groups whatever the volume (deliverables share the catalogue's due days); the phase chart and the topic and
        // plan charts are folded from those groups
        List<Tally> tallies = jdbc.query("""
                select d.due_on, w.kind = 'TOPIC' as topic, d.status,
                       d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED') as overdue, count(*) as n
                from deliverable d join work_item w on w.id = d.work_item_id
                where not d.removed and not w.retired
                  and w.cycle_id = (select id from planning_cycle order by issued_on desc limit 1)
                group by 1, 2, 3, 4""",
                (rs, n) -> new Tally(rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(),
                        rs.getBoolean("topic"), rs.getString("status"), rs.getBoolean("overdue"), rs.getLong("n")),
                t);
        List<DashboardFigures.PhaseCompletion> phases = catalogue.phases().stream()
                .map(p -> phaseCompletion(p, tallies)).toList();
        Map<Boolean, Map<String, Long>> byStatus = Map.of(true, statusCounter(), false, statusCounter());
        for (Tally tally : tallies) {
            byStatus.get(tally.topic()).merge(tally.overdue() ? "OVERDUE" : tally.status(), tally.n(), Long::sum);
        }
        List<DashboardFigures.Count> topics = labelled(byStatus.get(true));
        List<DashboardFigures.Count> plans = labelled(byStatus.get(false));

        // each plan once, at its current stage: the first stage document not yet accepted (the last, when all are),
        // as the topic and plan lists show it; stages in the order of their documents
        List<DashboardFigures.StageCount> planStages = jdbc.query("""
                select c.name, count(*) filter (where c.state = 'ACCEPTED') as accepted,
                       count(*) filter (where c.state = 'SUBMITTED') as submitted,
                       count(*) filter (where c.state = 'RETURNED') as returned,
                       count(*) filter (where c.state = 'NOT_SUBMITTED') as not_submitted,
                       count(*) filter (where c.state = 'OVERDUE') as overdue
                from (select distinct on (d.work_item_id) d.name, d.position,
                             case when d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED') then 'OVERDUE'
                                  else d.status end as state
                      from deliverable d join work_item w on w.id = d.work_item_id
                      where not d.removed and not w.retired and w.kind <> 'TOPIC'
                        and w.cycle_id = (select id from planning_cycle order by issued_on desc limit 1)
                      order by d.work_item_id, (d.status = 'ACCEPTED'),
                               case when d.status = 'ACCEPTED' then -d.position else d.position end) c
                group by c.name
                order by min(c.position), c.name""",
                (rs, n) -> new DashboardFigures.StageCount(rs.getString("name"), rs.getLong("accepted"),
                        rs.getLong("submitted"), rs.getLong("returned"), rs.getLong("not_submitted"),
                        rs.getLong("overdue")), t);

        List<DashboardFigures.Count> overdueByUnit = jdbc.query("""
                select u.name, o.n
                from (select w.lead_unit_id as unit_id, count(*) as n
                      from deliverable d join work_item w on w.id = d.work_item_id
                      where not d.removed and not w.retired and d.due_on < ?
                        and d.status in ('NOT_SUBMITTED', 'RETURNED')
                        and w.cycle_id = (select id from planning_cycle order by issued_on desc limit 1)
                      group by w.lead_unit_id) o
                join unit u on u.id = o.unit_id
                order by o.n desc, u.name limit 15""",
                (rs, n) -> new DashboardFigures.Count(rs.getString(1), rs.getLong(2)), t);

        // cumulative first submissions and acceptances per week (weeks begin on Monday in Beijing time, whatever the
        // database session's time zone): counted per week, then a running sum over the weeks
        // from the first submission to this week. A deliverable's first submission is its round 1, and it is accepted
        // at most once (nothing can be uploaded after acceptance), so no per-deliverable grouping is needed.
        List<DashboardFigures.WeekProgress> progress = jdbc.query("""
                with weekly as (
                    select week, sum(submitted) as submitted, sum(accepted) as accepted
                    from (select date_trunc('week', submitted_at at time zone 'Asia/Shanghai') as week,
                                 count(*) as submitted, 0 as accepted
                          from review_round where round_no = 1 group by 1
                          union all
                          select date_trunc('week', decided_at at time zone 'Asia/Shanghai'), 0, count(*)
                          from review_round where decision = 'ACCEPTED' group by 1) e
                    group by week),
                weeks as (
                    select generate_series(coalesce((select min(week) from weekly where submitted > 0),
                                                    date_trunc('week', ?::date::timestamp)),
                                           date_trunc('week', ?::date::timestamp), interval '1 week') as week)
                select w.week::date as week,
                       sum(coalesce(k.submitted, 0)) over (order by w.week) as submitted,
                       sum(coalesce(k.accepted, 0)) over (order by w.week) as accepted
                from weeks w left join weekly k on k.week = w.week order by w.week""",
                (rs, n) -> new DashboardFigures.WeekProgress(rs.getDate("week").toLocalDate(), rs.getLong("submitted"),
                        rs.getLong("accepted")),
                t, t);

        return new DashboardFigures(today, phases, topics, plans, planStages, overdueByUnit, progress,
                projectsByDomain, projectsByStatus);
    }

    /** Deliverables of one due day, kind (topic or plan) and status; {@code overdue} as the colour rule has it. */
    private record Tally(LocalDate dueOn, boolean topic, String status, boolean overdue, long n) {
    }

    /** A phase's deliverables are those due within its dates (phases overlap, so a deliverable may count twice). */
    private static DashboardFigures.PhaseCompletion phaseCompletion(PhaseView phase, List<Tally> tallies) {
        Map<String, Long> counts = statusCounter();
        long total = 0;
        long overdue = 0;
        long overdueReturned = 0;
        for (Tally tally : tallies) {
            if (tally.dueOn() != null && !tally.dueOn().isBefore(phase.startsOn())
                    && !tally.dueOn().isAfter(phase.endsOn())) {
                total += tally.n();
                counts.merge(tally.status(), tally.n(), Long::sum);
                if (tally.overdue()) {
                    overdue += tally.n();
                    overdueReturned += "RETURNED".equals(tally.status()) ? tally.n() : 0;
                }
            }
        }
        return new DashboardFigures.PhaseCompletion(phase.number(), phase.name(), total, counts.get("ACCEPTED"),
                counts.get("SUBMITTED"), counts.get("RETURNED"), counts.get("NOT_SUBMITTED"), overdue,
                overdueReturned);
    }

    private static Map<String, Long> statusCounter() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("ACCEPTED", "SUBMITTED", "RETURNED", "NOT_SUBMITTED", "OVERDUE")) {
            counts.put(s, 0L);
        }
        return counts;
    }

    private static List<DashboardFigures.Count> labelled(Map<String, Long> counts) {
        List<DashboardFigures.Count> result = new ArrayList<>();
        counts.forEach((s, n) -> result.add(new DashboardFigures.Count(statusLabel(s), n)));
        return result;
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "ACCEPTED" -> "已通过";
            case "SUBMITTED" -> "已提交待审";
            case "RETURNED" -> "退回修改";
            case "NOT_SUBMITTED" -> "未提交";
            case "OVERDUE" -> "已逾期";
            default -> status;
        };
    }

    static String reference(String kind, int number) {
        return WorkItemKind.valueOf(kind).reference(number);
    }

    static String route(String kind, int number) {
        return WorkItemKind.valueOf(kind).route(number);
    }

    /**
     * These queries are run again and again with other dates; after a few runs PostgreSQL may switch a prepared
     * statement to a generic plan that guesses how many deliverables a date range holds — far too few for a phase —
     * and picks nested loops that take several times as long. Within this read-only transaction, every run is
     * planned for its actual dates (docs/benchmarks.md).
     */
    private void planEachQueryForItsDates() {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }

    private SignedInUser requireReader() {
        SignedInUser user = currentUser.require();
        if (user.isLiaison()) {
            throw new AccessDeniedException("监测与看板仅对规划办和领导小组开放");
        }
        return user;
    }

    static LocalDate weekStart(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
