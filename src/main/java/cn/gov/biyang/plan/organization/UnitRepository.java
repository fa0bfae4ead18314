package cn.gov.biyang.plan.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    Optional<Unit> findByName(String name);

    @Query("select a.unit from UnitAlias a where a.alias = :alias")
    Optional<Unit> findByAlias(@Param("alias") String alias);

    @Query("select u from Unit u order by u.kind, u.id")
    List<Unit> findAllOrdered();
}
