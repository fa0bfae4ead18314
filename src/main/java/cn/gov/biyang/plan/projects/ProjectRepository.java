package cn.gov.biyang.plan.projects;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByCode(String code);

    Optional<Project> findByApplicantUnitIdAndMatchName(Long applicantUnitId, String matchName);
}
