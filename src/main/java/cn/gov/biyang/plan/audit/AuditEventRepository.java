package cn.gov.biyang.plan.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEvent> findByActorOrderByIdDesc(String actor, Pageable page);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdDesc(String objectType, String objectId, Pageable page);
}
