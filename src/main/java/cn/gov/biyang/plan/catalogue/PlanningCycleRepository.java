package cn.gov.biyang.plan.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningCycleRepository extends JpaRepository<PlanningCycle, Long> {

    Optional<PlanningCycle> findByCode(String code);

    Optional<PlanningCycle> findFirstByOrderByIssuedOnDesc();
}
