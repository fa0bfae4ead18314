package cn.gov.biyang.plan.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadershipGroupRepository extends JpaRepository<LeadershipGroup, Long> {

    Optional<LeadershipGroup> findByCycleId(Long cycleId);

    Optional<LeadershipGroup> findFirstByOrderByCycleIdDesc();
}
