package cn.gov.biyang.plan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.biyang.plan.base.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's hash chain. Rows are inserted plainly inside the callers' transactions (no lock that could make
 * two transactions wait on each other); a sealer then links committed rows in the order it sees them: each row's hash
 * covers its content, its place in the chain and the previous row's hash. Editing or deleting a sealed row in the
 * database breaks the chain at that place, which {@link #verify()} reports. See docs/decisions/0033-audit-hash-chain.md.
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    /** pg advisory lock key: one sealer at a time, also across two instances. */
    private static final long SEAL_LOCK = 0x4155444954L;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, Long seq, String prevHash, String hash, OffsetDateTime occurredAt, String actor,
                       Long actorUnitId, String action, String objectType, String objectId, String detail,
                       String result) {
    }

    @Scheduled(fixedDelayString = "${portal.audit.seal-interval:5s}", initialDelayString = "${portal.audit.seal-interval:5s}")
    void sealPeriodically() {
        try {
            seal();
        } catch (RuntimeException e) {
            log.warn("Sealing the audit chain failed; will retry: {}", e.toString());
        }
    }

    /** Seals every committed unsealed row; returns how many, or 0 when another sealer holds the lock. */
    @Transactional
    public int seal() {
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, SEAL_LOCK);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<Row> head = jdbc.query("select " + COLUMNS + " from audit_event where chain_seq is not null"
                + " order by chain_seq desc limit 1", AuditChain::row);
        long seq = head.isEmpty() ? 0 : head.getFirst().seq();
        String prev = head.isEmpty() ? GENESIS : head.getFirst().hash();
        int sealed = 0;
        while (true) {
            List<Row> batch = jdbc.query("select " + COLUMNS + " from audit_event where hash is null order by id limit "
                    + BATCH, AuditChain::row);
            if (batch.isEmpty()) {
                return sealed;
            }
            for (Row r : batch) {
                seq++;
                String hash = hash(r, seq, prev);
                jdbc.update("update audit_event set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", seq, prev,
                        hash, r.id());
                prev = hash;
                sealed++;
            }
        }
    }

    /** Walks the whole chain in order and recomputes every hash. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        long expected = 1;
        String prev = GENESIS;
        long checked = 0;
        while (true) {
            List<Row> batch = jdbc.query("select " + COLUMNS + " from audit_event where chain_seq >= ?"
                    + " order by chain_seq limit " + BATCH, AuditChain::row, expected);
            if (batch.isEmpty()) {
                break;
            }
            for (Row r : batch) {
                boolean ok = r.seq() == expected && prev.equals(r.prevHash()) && hash(r, r.seq(), prev).equals(r.hash());
                if (!ok) {
                    return new ChainCheck(false, checked, expected, r.id(), unsealed(), prev);
                }
                prev = r.hash();
                expected++;
                checked++;
            }
        }
        return new ChainCheck(true, checked, null, null, unsealed(), prev);
    }

    private long unsealed() {
        Long n = jdbc.queryForObject("select count(*) from audit_event where hash is null", Long.class);
        return n == null ? 0 : n;
    }

    private static final String COLUMNS = "id, chain_seq, prev_hash, hash, occurred_at, actor, actor_unit_id, action,"
            + " object_type, object_id, detail, result";

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("chain_seq", Long.class), rs.getString("prev_hash"),
                rs.getString("hash"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getObject("actor_unit_id", Long.class),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("detail"), rs.getString("result"));
    }

    /** SHA-256 over length-prefixed fields, so no choice of field values can make two rows hash alike. */
    private static String hash(Row r, long seq, String prev) {
        StringBuilder s = new StringBuilder();
        for (Object field : new Object[] {prev, seq, r.id(), r.occurredAt().toInstant(), r.actor(), r.actorUnitId(),
                r.action(), r.objectType(), r.objectId(), r.detail(), r.result()}) {
            if (field == null) {
                s.append("-1:");
            } else {
                String v = field.toString();
                s.append(v.length()).append(':').append(v);
            }
            s.append(';');
        }
        return Sha256.hex(s.toString());
    }
}
