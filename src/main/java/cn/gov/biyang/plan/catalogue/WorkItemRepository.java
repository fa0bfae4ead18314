package cn.gov.biyang.plan.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    @Query("""
            select distinct w from WorkItem w join fetch w.leadUnit left join fetch w.supportingUnits
            where w.cycle.id = :cycleId and w.retired = false order by w.kind, w.number""")
    List<WorkItem> findAllOfCycle(@Param("cycleId") Long cycleId);

    @Query("""
            select w from WorkItem w join fetch w.leadUnit left join fetch w.supportingUnits
            where w.cycle.id = :cycleId and w.kind = :kind and w.number = :number""")
    Optional<WorkItem> findOne(@Param("cycleId") Long cycleId, @Param("kind") WorkItemKind kind,
                               @Param("number") int number);

    long countByCycleId(Long cycleId);
}
