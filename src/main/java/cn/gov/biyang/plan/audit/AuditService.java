package cn.gov.biyang.plan.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who did what when. Failures and refusals are recorded in their own transaction so they survive rollback. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a successful change as part of the caller's transaction: both land or neither. */
    @Transactional
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, objectType, objectId, detail, "OK"));
    }

    /** Records a refusal or failure independently of the caller's (possibly rolled back) transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String objectType, String objectId, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, objectType, objectId, detail, "DENIED"));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latestOfAction(String action, int max) {
        return events.findByActionOrderByIdDesc(action, PageRequest.of(0, max)).stream().map(AuditEntry::of).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latestOfActor(String actor, int max) {
        return events.findByActorOrderByIdDesc(actor, PageRequest.of(0, max)).stream().map(AuditEntry::of).toList();
    }

    /** The latest records about one object (e.g. a deliverable), newest first, refusals included. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latestForObject(String objectType, String objectId, int max) {
        return events.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId, PageRequest.of(0, max)).stream()
                .map(AuditEntry::of).toList();
    }
}
