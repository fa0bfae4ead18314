package cn.gov.biyang.plan.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findByDeliverableIdOrderByRoundNo(Long deliverableId);

    Optional<ReviewRound> findByDeliverableIdAndRoundNo(Long deliverableId, int roundNo);
}
