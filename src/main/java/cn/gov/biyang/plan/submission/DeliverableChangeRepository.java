package cn.gov.biyang.plan.submission;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableChangeRepository extends JpaRepository<DeliverableChange, Long> {

    List<DeliverableChange> findByDeliverableIdOrderByIdAsc(Long deliverableId);
}
