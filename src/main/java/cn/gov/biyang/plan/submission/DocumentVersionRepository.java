package cn.gov.biyang.plan.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    @Query("select v from DocumentVersion v join fetch v.unit where v.deliverableId = :deliverableId order by v.id")
    List<DocumentVersion> findByDeliverable(@Param("deliverableId") Long deliverableId);

    @Query("""
            select coalesce(max(v.versionNo), 0) from DocumentVersion v
            where v.deliverableId = :deliverableId and v.kind = :kind and v.unit.id = :unitId""")
    int maxVersion(@Param("deliverableId") Long deliverableId, @Param("kind") DocumentKind kind,
                   @Param("unitId") Long unitId);

    Optional<DocumentVersion> findFirstByDeliverableIdAndSha256OrderByIdAsc(Long deliverableId, String sha256);

    Optional<DocumentVersion> findFirstByDeliverableIdAndKindOrderByIdDesc(Long deliverableId, DocumentKind kind);
}
