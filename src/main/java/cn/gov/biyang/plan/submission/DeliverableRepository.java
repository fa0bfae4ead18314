package cn.gov.biyang.plan.submission;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

    /** Every change to a deliverable (upload, submission, decision, edit) takes this row lock first: one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deliverable d where d.id = :id")
    Optional<Deliverable> lockById(@Param("id") Long id);

    @Query("select d from Deliverable d where d.workItem.id = :itemId order by d.position, d.id")
    List<Deliverable> findByItem(@Param("itemId") Long itemId);

    @Query("select count(d) > 0 from Deliverable d where d.workItem.id = :itemId")
    boolean existsForItem(@Param("itemId") Long itemId);

    @Query("select coalesce(max(d.position), 0) from Deliverable d where d.workItem.id = :itemId")
    int maxPosition(@Param("itemId") Long itemId);
}
