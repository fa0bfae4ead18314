package cn.gov.biyang.plan.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectEventRepository extends JpaRepository<ProjectEvent, Long> {

    List<ProjectEvent> findByProjectIdOrderByIdAsc(Long projectId);
}
