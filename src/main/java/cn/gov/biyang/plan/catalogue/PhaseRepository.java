package cn.gov.biyang.plan.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseRepository extends JpaRepository<Phase, Long> {

    List<Phase> findByCycleIdOrderByNumber(Long cycleId);
}
