package cn.gov.biyang.plan.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectDomainRepository extends JpaRepository<ProjectDomain, Long> {

    List<ProjectDomain> findAllByOrderByPositionAscIdAsc();

    Optional<ProjectDomain> findByName(String name);

    @Query("select coalesce(max(d.position), 0) from ProjectDomain d")
    int maxPosition();
}
