package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The library's list, totals and summaries in SQL: the list is paged in the database and every figure is an
 * aggregate there, so 10,000 projects cost the browser one page and the server a few index or sequential scans.
 */
@Component
class ProjectQueries {

    /** Sortable columns by the names views use; ids break ties so that pages never overlap. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "p.name",
            "applicant", "au.name",
            "domain", "d.position",
            "place", "lu.name",
            "total", "p.total_investment",
            "period", "p.period_investment",
            "years", "p.start_year",
            "status", "array_position(array['DRAFT','SUBMITTED','SCREENED','ARGUING','INCLUDED','RETURNED',"
                    + "'REJECTED']::varchar[], p.status)",
            "updated", "p.updated_at");

    private static final String FROM = """
             from project p
             join unit au on au.id = p.applicant_unit_id
             join project_domain d on d.id = p.domain_id
             left join unit lu on lu.id = p.location_unit_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ProjectQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A where clause with its parameters; {@code scopeUnitId} limits a liaison to their unit's projects. */
    record Where(String sql, MapSqlParameterSource params) {

        static Where of(ProjectFilter f, Long scopeUnitId) {
            List<String> conditions = new ArrayList<>();
            MapSqlParameterSource params = new MapSqlParameterSource();
            if (scopeUnitId != null) {
                conditions.add("p.applicant_unit_id = :scopeUnit");
                params.addValue("scopeUnit", scopeUnitId);
            }
            if (f.domainId() != null) {
                conditions.add("p.domain_id = :domain");
                params.addValue("domain", f.domainId());
            }
            if (f.applicantUnitId() != null) {
                conditions.add("p.applicant_unit_id = :applicant");
                params.addValue("applicant", f.applicantUnitId());
            }
            if (f.locationUnitId() != null) {
                conditions.add("p.location_unit_id = :location");
                params.addValue("location", f.locationUnitId());
            }
            if (f.status() != null) {
                conditions.add("p.status = :status");
                params.addValue("status", f.status().name());
            }
            if (f.planId() != null) {
                conditions.add("exists (select 1 from project_plan pp where pp.project_id = p.id"
                        + " and pp.work_item_id = :plan)");
                params.addValue("plan", f.planId());
            }
            if (f.minTotal() != null) {
                conditions.add("p.total_investment >= :minTotal");
                params.addValue("minTotal", f.minTotal());
            }
            if (f.maxTotal() != null) {
                conditions.add("p.total_investment <= :maxTotal");
                params.addValue("maxTotal", f.maxTotal());
            }
            // under construction at some time in the range
            if (f.fromYear() != null) {
                conditions.add("p.end_year >= :fromYear");
                params.addValue("fromYear", f.fromYear());
            }
            if (f.toYear() != null) {
                conditions.add("p.start_year <= :toYear");
                params.addValue("toYear", f.toYear());
            }
            if (f.text() != null && !f.text().isBlank()) {
                conditions.add("(p.name ilike :text or p.code ilike :text or p.legal_entity ilike :text"
                        + " or p.scale_content ilike :text or p.remarks ilike :text)");
                params.addValue("text", "%" + escapeLike(f.text().strip()) + "%");
            }
            if (f.duplicatesOnly()) {
                conditions.add("exists (select 1 from project_similar s where s.project_id = p.id)");
            }
            String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            return new Where(sql, params);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    List<ProjectRow> page(Where where, int offset, int limit, List<SortKey> sorts) {
        StringBuilder order = new StringBuilder();
        for (SortKey s : sorts) {
            String column = SORTS.get(s.property());
            if (column != null) {
                order.append(column).append(s.descending() ? " desc nulls last, " : " asc nulls first, ");
            }
        }
        if (order.isEmpty()) {
            order.append("p.updated_at desc, ");
        }
        order.append("p.id desc");
        String sql = """
                select p.id, p.code, p.name, au.name as applicant, d.name as domain, lu.name as place, p.nature,
                       p.total_investment, p.period_investment, p.start_year, p.end_year, p.status,
                       p.national_proposal, p.provincial_proposal, p.municipal_proposal, p.updated_at,
                       exists (select 1 from project_similar s where s.project_id = p.id) as possible_duplicate
                """ + FROM + where.sql() + " order by " + order + " limit :limit offset :offset";
        MapSqlParameterSource params = new MapSqlParameterSource(where.params().getValues())
                .addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, (rs, n) -> row(rs));
    }

    private static ProjectRow row(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ProjectRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("applicant"), rs.getString("domain"),
                rs.getString("place") == null ? ReferenceData.COUNTY_WIDE : rs.getString("place"),
                ProjectNature.valueOf(rs.getString("nature")), rs.getBigDecimal("total_investment"),
                rs.getBigDecimal("period_investment"), rs.getInt("start_year"), rs.getInt("end_year"),
                ProjectStatus.valueOf(rs.getString("status")), proposal(rs, "national_proposal"),
                proposal(rs, "provincial_proposal"), proposal(rs, "municipal_proposal"),
                rs.getBoolean("possible_duplicate"), updated == null ? null : updated.toInstant());
    }

    private static ProposalStatus proposal(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : ProposalStatus.valueOf(value);
    }

    long count(Where where) {
        Long n = jdbc.queryForObject("select count(*)" + FROM + where.sql(), where.params(), Long.class);
        return n == null ? 0 : n;
    }

    ProjectTotals totals(Where where) {
        return jdbc.queryForObject("select count(*) as n, coalesce(sum(p.total_investment), 0) as total,"
                + " coalesce(sum(p.period_investment), 0) as period" + FROM + where.sql(), where.params(),
                (rs, i) -> new ProjectTotals(rs.getLong("n"), Money.of(rs.getBigDecimal("total")),
                        Money.of(rs.getBigDecimal("period"))));
    }

    List<SummaryRow> byDomain(Where where) {
        return summary("d.name", "min(d.position), d.name", where);
    }

    /** By place: townships in catalogue order, county-wide projects last. */
    List<SummaryRow> byTownship(Where where) {
        return summary("coalesce(lu.name, '" + ReferenceData.COUNTY_WIDE + "')",
                "min(coalesce(lu.id, 2147483647)), 1", where);
    }

    /** By status in the order of the workflow; labels are the status names, translated by the caller. */
    List<SummaryRow> byStatus(Where where) {
        return summary("p.status", "min(" + SORTS.get("status") + "), 1", where);
    }

    private List<SummaryRow> summary(String group, String order, Where where) {
        String sql = "select " + group + " as label, count(*) as n, sum(p.total_investment) as total,"
                + " sum(p.period_investment) as period" + FROM + where.sql() + " group by " + group
                + " order by " + order;
        return jdbc.query(sql, where.params(), (rs, i) -> new SummaryRow(rs.getString("label"), rs.getLong("n"),
                Money.of(rs.getBigDecimal("total")), Money.of(rs.getBigDecimal("period"))));
    }

    /** Every project of the filter with all its fields, in the list's default order, one row at a time. */
    void forEachRecord(Where where, RecordConsumer consumer) {
        String sql = """
                select p.*, (select string_agg(pp.work_item_id::text, ',') from project_plan pp
                             where pp.project_id = p.id) as plan_ids
                """ + FROM + where.sql() + " order by p.updated_at desc, p.id desc";
        jdbc.query(sql, where.params(), (RowCallbackHandler) rs -> consumer.accept(rs.getLong("id"), record(rs),
                ProjectStatus.valueOf(rs.getString("status"))));
    }

    interface RecordConsumer {
        void accept(Long id, ProjectInput record, ProjectStatus status);
    }

    private static ProjectInput record(ResultSet rs) throws SQLException {
        String plans = rs.getString("plan_ids");
        java.util.Set<Long> planIds = new java.util.HashSet<>();
        if (plans != null) {
            for (String id : plans.split(",")) {
                planIds.add(Long.parseLong(id));
            }
        }
        return ProjectInput.builder().code(rs.getString("code")).name(rs.getString("name"))
                .applicantUnitId(rs.getLong("applicant_unit_id")).legalEntity(rs.getString("legal_entity"))
                .contactPerson(rs.getString("contact_person")).contactPhone(rs.getString("contact_phone"))
                .domainId(rs.getLong("domain_id")).nature(ProjectNature.valueOf(rs.getString("nature")))
                .locationUnitId(rs.getObject("location_unit_id", Long.class))
                .scaleContent(rs.getString("scale_content")).totalInvestment(rs.getBigDecimal("total_investment"))
                .funding(new Funding(rs.getBigDecimal("fund_central"), rs.getBigDecimal("fund_province"),
                        rs.getBigDecimal("fund_city"), rs.getBigDecimal("fund_county"),
                        rs.getBigDecimal("fund_self"), rs.getBigDecimal("fund_other")))
                .periodInvestment(rs.getBigDecimal("period_investment")).startYear(rs.getInt("start_year"))
                .endYear(rs.getInt("end_year")).progress(rs.getString("progress"))
                .landStatus(permit(rs, "land_status")).planningStatus(permit(rs, "planning_status"))
                .eiaStatus(permit(rs, "eia_status")).planIds(planIds)
                .nationalProposal(proposal(rs, "national_proposal"))
                .provincialProposal(proposal(rs, "provincial_proposal"))
                .municipalProposal(proposal(rs, "municipal_proposal")).remarks(rs.getString("remarks"))
                .build().normalized();
    }

    private static PermitStatus permit(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : PermitStatus.valueOf(value);
    }

    /** The other projects in the same place (null: county-wide), for the duplicate check. */
    List<NamedProject> inSamePlace(Long locationUnitId, Long exceptId) {
        MapSqlParameterSource params = new MapSqlParameterSource("except", exceptId == null ? -1L : exceptId);
        String place;
        if (locationUnitId == null) {
            place = "location_unit_id is null";
        } else {
            place = "location_unit_id = :location";
            params.addValue("location", locationUnitId);
        }
        return jdbc.query("select id, name, location_unit_id from project where " + place + " and id <> :except",
                params, (rs, i) -> new NamedProject(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("location_unit_id", Long.class)));
    }

    List<NamedProject> allNames() {
        return jdbc.query("select id, name, location_unit_id from project order by location_unit_id, id",
                (rs, i) -> new NamedProject(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("location_unit_id", Long.class)));
    }

    record NamedProject(Long id, String name, Long locationUnitId) {
    }

    List<SimilarProject> similarTo(Long projectId) {
        return jdbc.query("""
                select p.id, p.name, au.name as applicant, lu.name as place, p.status
                """ + FROM + " join project_similar s on s.other_id = p.id where s.project_id = :id order by p.id",
                new MapSqlParameterSource("id", projectId),
                (rs, i) -> new SimilarProject(rs.getLong("id"), rs.getString("name"), rs.getString("applicant"),
                        rs.getString("place") == null ? ReferenceData.COUNTY_WIDE : rs.getString("place"),
                        ProjectStatus.valueOf(rs.getString("status"))));
    }

    void replaceSimilar(Long projectId, List<Long> others) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", projectId);
        jdbc.update("delete from project_similar where project_id = :id or other_id = :id", id);
        for (Long other : others) {
            MapSqlParameterSource pair = new MapSqlParameterSource("a", projectId).addValue("b", other);
            jdbc.update("insert into project_similar (project_id, other_id) values (:a, :b), (:b, :a)"
                    + " on conflict do nothing", pair);
        }
    }

    void replaceAllSimilar(List<long[]> pairs) {
        jdbc.getJdbcTemplate().update("delete from project_similar");
        jdbc.getJdbcTemplate().batchUpdate("insert into project_similar (project_id, other_id) values (?, ?),"
                + " (?, ?) on conflict do nothing", pairs.stream()
                .map(p -> new Object[] {p[0], p[1], p[1], p[0]}).toList());
    }
}
