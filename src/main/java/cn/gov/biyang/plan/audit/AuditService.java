package cn.gov.biyang.plan.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who did what when. Failures and refusals are recorded in their own transaction so they survive rollback.
 * Records are never changed or deleted: the application has no way to, the database refuses it, and the hash chain
 * ({@link AuditChain}) shows tampering done behind the database's back. Only the planning office reads the log.
 */
@Service
public class AuditService {

    /** The longest export we write in one go; narrower filters for more. */
    public static final int EXPORT_LIMIT = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<AuditAccess> access;
    private final Clock clock;
    /** Refusals found inside this service's own methods (no proxy there) still get their own transaction. */
    private final TransactionTemplate ownTransaction;

    AuditService(AuditEventRepository events, AuditChain chain, JdbcTemplate jdbc, ObjectProvider<AuditAccess> access,
                 Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.chain = chain;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a successful change as part of the caller's transaction: both land or neither. */
    @Transactional
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        events.save(event(actor, action, objectType, objectId, detail, "OK"));
    }

    /** Records a refusal or failure independently of the caller's (possibly rolled back) transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String objectType, String objectId, String detail) {
        events.save(event(actor, action, objectType, objectId, detail, "DENIED"));
    }

    private AuditEvent event(String actor, String action, String objectType, String objectId, String detail,
                             String result) {
        String who = cut(actor == null || actor.isBlank() ? "anonymous" : actor, 64);
        AuditAccess a = access.getIfAvailable();
        Long unit = a == null ? null : a.unitOf(who);
        return new AuditEvent(clock.instant(), who, unit, cut(action, 60), cut(objectType, 40), cut(objectId, 80),
                detail, result);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latestOfAction(String action, int max) {
        return events.findByActionOrderByIdDesc(action, PageRequest.of(0, max)).stream().map(AuditEntry::of).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latestOfActor(String actor, int max) {
        return events.findByActorOrderByIdDesc(actor, PageRequest.of(0, max)).stream().map(AuditEntry::of).toList();
    }

    // ---- the office's search, export and chain check ----

    /** One page of matching records, newest first (paged in SQL: the log grows without bound). */
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditQuery query, int offset, int limit) {
        requireReader("AUDIT_SEARCH");
        Where w = where(query);
        return jdbc.query("select * from audit_event" + w.sql + " order by id desc offset ? limit ?",
                AuditService::row, w.withArgs(offset, limit));
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        requireReader("AUDIT_SEARCH");
        Where w = where(query);
        Long n = jdbc.queryForObject("select count(*) from audit_event" + w.sql, Long.class, w.args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * Writes the matching records (newest first, at most {@link #EXPORT_LIMIT}) as CSV in UTF-8 with a byte-order
     * mark, so that Excel opens the Chinese text correctly. The export itself is recorded.
     */
    @Transactional
    public void exportCsv(AuditQuery query, Function<Long, String> unitName, OutputStream out) {
        String reader = requireReader("AUDIT_EXPORT");
        Where w = where(query);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write("序号,时间,用户,单位,操作,对象类型,对象,结果,详情,链位置\r\n");
            jdbc.query("select * from audit_event" + w.sql + " order by id desc limit " + EXPORT_LIMIT, rs -> {
                AuditRow r = row(rs, 0);
                try {
                    writer.write(String.join(",", List.of(String.valueOf(r.id()),
                            CSV_TIME.format(r.occurredAt().atZone(ZONE)), csv(r.actor()),
                            csv(r.actorUnitId() == null ? "" : unitName.apply(r.actorUnitId())), csv(r.action()),
                            csv(r.objectType()), csv(r.objectId()), csv(r.result()), csv(r.detail()),
                            r.chainSeq() == null ? "" : String.valueOf(r.chainSeq()))));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, w.args.toArray());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(reader, "AUDIT_EXPORTED", "AuditLog", null, "导出审计日志: " + describe(query));
    }

    /** Seals what is committed and checks the whole chain; the check and its outcome are recorded. */
    @Transactional
    public ChainCheck verifyChain() {
        String reader = requireReader("AUDIT_VERIFY");
        chain.seal();
        ChainCheck check = chain.verify();
        record(reader, "AUDIT_CHAIN_CHECKED", "AuditLog", null, check.intact()
                ? "审计链完整，已校验 " + check.checked() + " 条"
                : "审计链在第 " + check.brokenAt() + " 条（记录 " + check.brokenEventId() + "）处断开");
        return check;
    }

    /** Seals committed records into the chain now (normally done every few seconds in the background). */
    public int seal() {
        return chain.seal();
    }

    private String requireReader(String action) {
        AuditAccess a = access.getIfAvailable();
        String who = a == null ? null : a.currentActor().orElse(null);
        if (a == null || !a.currentUserMayReadAudit()) {
            ownTransaction.executeWithoutResult(
                    t -> events.save(event(who, action, "AuditLog", null, "无权查看审计日志", "DENIED")));
            throw new AccessDeniedException("只有规划办可以查看审计日志");
        }
        return who;
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        // a cell starting with = + - @ would be run as a formula by spreadsheet programs (CSV injection)
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String describe(AuditQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.actor() != null) {
            parts.add("用户=" + q.actor());
        }
        if (q.actorUnitId() != null) {
            parts.add("单位=" + q.actorUnitId());
        }
        if (q.objectType() != null) {
            parts.add("对象=" + q.objectType() + (q.objectId() == null ? "" : " " + q.objectId()));
        }
        if (q.action() != null) {
            parts.add("操作=" + q.action());
        }
        if (q.from() != null) {
            parts.add("自=" + q.from());
        }
        if (q.to() != null) {
            parts.add("至=" + q.to());
        }
        return parts.isEmpty() ? "全部" : String.join(", ", parts);
    }

    private record Where(String sql, List<Object> args) {
        Object[] withArgs(Object... more) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    private static Where where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            conditions.add("lower(actor) = lower(?)");
            args.add(q.actor().strip());
        }
        if (q.actorUnitId() != null) {
            conditions.add("actor_unit_id = ?");
            args.add(q.actorUnitId());
        }
        if (q.objectType() != null && !q.objectType().isBlank()) {
            conditions.add("object_type = ?");
            args.add(q.objectType());
        }
        if (q.objectId() != null && !q.objectId().isBlank()) {
            conditions.add("object_id = ?");
            args.add(q.objectId());
        }
        if (q.action() != null && !q.action().isBlank()) {
            conditions.add("action = ?");
            args.add(q.action().strip());
        }
        if (q.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(q.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (q.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(q.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
    }

    private static AuditRow row(ResultSet rs, int i) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getObject("chain_seq", Long.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getObject("actor_unit_id", Long.class), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("detail"), rs.getString("result"));
    }

    /** Distinct actions recorded so far, for the search form's choice list. */
    @Transactional(readOnly = true)
    public List<String> knownActions() {
        requireReader("AUDIT_SEARCH");
        return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
    }

    /** The latest records about one object (e.g. a deliverable), newest first, refusals included. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latestForObject(String objectType, String objectId, int max) {
        return events.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId, PageRequest.of(0, max)).stream()
                .map(AuditEntry::of).toList();
    }
}
