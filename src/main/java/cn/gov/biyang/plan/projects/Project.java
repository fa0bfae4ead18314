package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A major project of the library. Units, the domain and plans are stored as plain ids, so the project library does
 * not tie its entities to other features' entities (as security does with a liaison's unit).
 */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String matchName;
    @Column(nullable = false)
    private Long applicantUnitId;
    private String legalEntity;
    private String contactPerson;
    private String contactPhone;
    @Column(nullable = false)
    private Long domainId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectNature nature;
    private Long locationUnitId;
    private String scaleContent;
    @Column(nullable = false)
    private BigDecimal totalInvestment;
    @Column(nullable = false)
    private BigDecimal fundCentral;
    @Column(nullable = false)
    private BigDecimal fundProvince;
    @Column(nullable = false)
    private BigDecimal fundCity;
    @Column(nullable = false)
    private BigDecimal fundCounty;
    @Column(nullable = false)
    private BigDecimal fundSelf;
    @Column(nullable = false)
    private BigDecimal fundOther;
    @Column(nullable = false)
    private BigDecimal periodInvestment;
    private int startYear;
    private int endYear;
    private String progress;
    @Enumerated(EnumType.STRING)
    private PermitStatus landStatus;
    @Enumerated(EnumType.STRING)
    private PermitStatus planningStatus;
    @Enumerated(EnumType.STRING)
    private PermitStatus eiaStatus;
    @Enumerated(EnumType.STRING)
    private ProposalStatus nationalProposal;
    @Enumerated(EnumType.STRING)
    private ProposalStatus provincialProposal;
    @Enumerated(EnumType.STRING)
    private ProposalStatus municipalProposal;
    private String remarks;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_plan", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "work_item_id")
    private Set<Long> planIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;
    private String statusReason;

    @Column(nullable = false, updatable = false)
    private String createdBy;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {
    }

    Project(ProjectInput input, String createdBy, Instant now) {
        this.status = ProjectStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(input, now);
    }

    /** The name as an import matches it: without any blanks. */
    static String matchName(String name) {
        return name == null ? null : name.replaceAll("\\s+", "");
    }

    /** Takes over every field of a valid, normalized input. */
    void apply(ProjectInput in, Instant now) {
        code = in.code();
        name = in.name();
        matchName = matchName(in.name());
        applicantUnitId = in.applicantUnitId();
        legalEntity = in.legalEntity();
        contactPerson = in.contactPerson();
        contactPhone = in.contactPhone();
        domainId = in.domainId();
        nature = in.nature();
        locationUnitId = in.locationUnitId();
        scaleContent = in.scaleContent();
        totalInvestment = in.totalInvestment();
        Funding f = in.funding().normalized();
        fundCentral = f.central();
        fundProvince = f.province();
        fundCity = f.city();
        fundCounty = f.county();
        fundSelf = f.selfRaised();
        fundOther = f.other();
        periodInvestment = in.periodInvestment();
        startYear = in.startYear();
        endYear = in.endYear();
        progress = in.progress();
        landStatus = in.landStatus();
        planningStatus = in.planningStatus();
        eiaStatus = in.eiaStatus();
        planIds.clear();
        planIds.addAll(in.planIds());
        nationalProposal = in.nationalProposal();
        provincialProposal = in.provincialProposal();
        municipalProposal = in.municipalProposal();
        remarks = in.remarks();
        updatedAt = now;
    }

    /** The record as entered, normalized, so that it compares equal to an unchanged form or Excel row. */
    ProjectInput input() {
        return new ProjectInput(code, name, applicantUnitId, legalEntity, contactPerson, contactPhone, domainId,
                nature, locationUnitId, scaleContent, totalInvestment,
                new Funding(fundCentral, fundProvince, fundCity, fundCounty, fundSelf, fundOther), periodInvestment,
                startYear, endYear, progress, landStatus, planningStatus, eiaStatus, Set.copyOf(planIds),
                nationalProposal, provincialProposal, municipalProposal, remarks).normalized();
    }

    void moveTo(ProjectStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    void setProposal(ProposalLevel level, ProposalStatus value, Instant now) {
        switch (level) {
            case NATIONAL -> nationalProposal = value;
            case PROVINCIAL -> provincialProposal = value;
            case MUNICIPAL -> municipalProposal = value;
        }
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    Long getApplicantUnitId() {
        return applicantUnitId;
    }

    Long getLocationUnitId() {
        return locationUnitId;
    }

    ProjectStatus getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
