package cn.gov.biyang.plan.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /** Units × deliverables of the phase, coloured by the rule of {@link Colour}, units with most red first. */
    public Matrix matrix(int phaseNumber) {
        requireReader();
        PhaseView phase = catalogue.phases().stream().filter(p -> p.number() == phaseNumber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有第 " + phaseNumber + " 阶段"));
        LocalDate today = today();
        List<Object[]> rows = jdbc.query("""
                select d.id, d.name, d.due_on, d.status, d.current_round, w.kind, w.number, w.title,
                       u.id as unit_id, u.name as unit_name,
                """ + Colour.SQL + """
                 as colour
                from deliverable d
                join work_item w on w.id = d.work_item_id
                join unit u on u.id = w.lead_unit_id
                where not d.removed and not w.retired and d.due_on between ? and ?
                order by d.due_on, d.position, w.kind, w.number""",
                (rs, n) -> new Object[] {rs.getLong("unit_id"), rs.getString("unit_name"), new MatrixCell(
                        rs.getLong("id"), reference(rs.getString("kind"), rs.getInt("number")), rs.getString("title"),
                        route(rs.getString("kind"), rs.getInt("number")), rs.getString("name"),
                        rs.getDate("due_on").toLocalDate(), statusLabel(rs.getString("status")),
                        rs.getInt("current_round"), Colour.valueOf(rs.getString("colour")))},
                Date.valueOf(today), Date.valueOf(today.plusDays(7)), Date.valueOf(phase.startsOn()),
                Date.valueOf(phase.endsOn()));

        LinkedHashSet<String> columns = new LinkedHashSet<>();
        Map<Long, String> unitNames = new LinkedHashMap<>();
        Map<Long, List<MatrixCell>> cells = new LinkedHashMap<>();
        for (Object[] r : rows) {
            MatrixCell cell = (MatrixCell) r[2];
            columns.add(cell.deliverableName());
            unitNames.put((Long) r[0], (String) r[1]);
            cells.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(cell);
        }
        List<MatrixRow> matrixRows = new ArrayList<>();
        cells.forEach((unitId, list) -> matrixRows.add(new MatrixRow(unitId, unitNames.get(unitId), list,
                count(list, Colour.RED), count(list, Colour.AMBER), count(list, Colour.GREEN))));
        matrixRows.sort(Comparator.comparingInt(MatrixRow::red).reversed()
                .thenComparing(Comparator.comparingInt(MatrixRow::amber).reversed())
                .thenComparing(MatrixRow::unitName));
        return new Matrix(phase.number(), phase.name(), phase.startsOn(), phase.endsOn(), today,
                List.copyOf(columns), matrixRows);
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
        List<DashboardFigures.PhaseCompletion> phases = jdbc.query("""
                select p.number, p.name,
                       count(d.id) as total,
                       count(d.id) filter (where d.status = 'ACCEPTED') as accepted,
                       count(d.id) filter (where d.status = 'SUBMITTED') as submitted,
                       count(d.id) filter (where d.status = 'RETURNED') as returned,
                       count(d.id) filter (where d.status = 'NOT_SUBMITTED') as not_submitted,
                       count(d.id) filter (where d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED')) as overdue
                from phase p
                join planning_cycle c on c.id = p.cycle_id
                left join work_item w on w.cycle_id = c.id and not w.retired
                left join deliverable d on d.work_item_id = w.id and not d.removed
                     and d.due_on between p.starts_on and p.ends_on
                where c.id = (select id from planning_cycle order by issued_on desc limit 1)
                group by p.number, p.name order by p.number""",
                (rs, n) -> new DashboardFigures.PhaseCompletion(rs.getInt("number"), rs.getString("name"),
                        rs.getLong("total"), rs.getLong("accepted"), rs.getLong("submitted"), rs.getLong("returned"),
                        rs.getLong("not_submitted"), rs.getLong("overdue")), t);

        String byStatus = """
                select case when d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED') then 'OVERDUE'
                            else d.status end as s, count(*) as n
                from deliverable d join work_item w on w.id = d.work_item_id
                where not d.removed and not w.retired and w.kind %s
                group by 1""";
        List<DashboardFigures.Count> topics = statusCounts(String.format(byStatus, "= 'TOPIC'"), t);
        List<DashboardFigures.Count> plans = statusCounts(String.format(byStatus, "<> 'TOPIC'"), t);

        List<DashboardFigures.Count> overdueByUnit = jdbc.query("""
                select u.name, count(*) as n
                from deliverable d join work_item w on w.id = d.work_item_id join unit u on u.id = w.lead_unit_id
                where not d.removed and not w.retired and d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED')
                group by u.name order by n desc, u.name limit 15""",
                (rs, n) -> new DashboardFigures.Count(rs.getString(1), rs.getLong(2)), t);

        List<DashboardFigures.WeekProgress> progress = jdbc.query("""
                with firsts as (
                    select r.deliverable_id, min(r.submitted_at) as submitted_at,
                           min(r.decided_at) filter (where r.decision = 'ACCEPTED') as accepted_at
                    from review_round r group by r.deliverable_id),
                weeks as (
                    select generate_series(date_trunc('week', coalesce((select min(submitted_at) from firsts), ?::timestamptz)),
                                           date_trunc('week', ?::timestamptz), interval '1 week') as week)
                select w.week::date as week,
                       (select count(*) from firsts f where f.submitted_at < w.week + interval '1 week') as submitted,
                       (select count(*) from firsts f where f.accepted_at < w.week + interval '1 week') as accepted
                from weeks w order by w.week""",
                (rs, n) -> new DashboardFigures.WeekProgress(rs.getDate("week").toLocalDate(), rs.getLong("submitted"),
                        rs.getLong("accepted")),
                java.sql.Timestamp.valueOf(today.atStartOfDay()), java.sql.Timestamp.valueOf(today.atStartOfDay()));

        return new DashboardFigures(today, phases, topics, plans, overdueByUnit, progress, projectsByDomain,
                projectsByStatus);
    }

    private List<DashboardFigures.Count> statusCounts(String sql, Date today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("ACCEPTED", "SUBMITTED", "RETURNED", "NOT_SUBMITTED", "OVERDUE")) {
            counts.put(s, 0L);
        }
        jdbc.query(sql, rs -> {
            counts.put(rs.getString("s"), rs.getLong("n"));
        }, today);
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

    private static int count(List<MatrixCell> cells, Colour colour) {
        return (int) cells.stream().filter(c -> c.colour() == colour).count();
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
