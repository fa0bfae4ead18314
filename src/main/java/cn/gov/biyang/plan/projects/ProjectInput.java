package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a person enters for a project, from the form or from one row of an Excel file. Units, the domain and
 * plans are ids; a null location means county-wide. {@link #normalized()} makes two inputs that mean the same
 * compare equal, which is how a re-import recognises an unchanged row.
 */
public record ProjectInput(String code, String name, Long applicantUnitId, String legalEntity, String contactPerson,
                           String contactPhone, Long domainId, ProjectNature nature, Long locationUnitId,
                           String scaleContent, BigDecimal totalInvestment, Funding funding,
                           BigDecimal periodInvestment, Integer startYear, Integer endYear, String progress,
                           PermitStatus landStatus, PermitStatus planningStatus, PermitStatus eiaStatus,
                           Set<Long> planIds, ProposalStatus nationalProposal, ProposalStatus provincialProposal,
                           ProposalStatus municipalProposal, String remarks) {

    public ProjectInput {
        funding = funding == null ? Funding.none() : funding;
        planIds = planIds == null ? Set.of() : Set.copyOf(planIds);
    }

    /** Texts stripped (blank becomes none), the code in plain characters, amounts at two decimals. */
    public ProjectInput normalized() {
        return new ProjectInput(ProjectCode.normalize(code), text(name), applicantUnitId, text(legalEntity),
                text(contactPerson), text(contactPhone), domainId, nature, locationUnitId, text(scaleContent),
                Money.of(totalInvestment), funding.normalized(), Money.of(periodInvestment), startYear, endYear,
                text(progress), landStatus, planningStatus, eiaStatus, planIds, nationalProposal, provincialProposal,
                municipalProposal, text(remarks));
    }

    public ProposalStatus proposal(ProposalLevel level) {
        return switch (level) {
            case NATIONAL -> nationalProposal;
            case PROVINCIAL -> provincialProposal;
            case MUNICIPAL -> municipalProposal;
        };
    }

    public ProjectInput withProposal(ProposalLevel level, ProposalStatus status) {
        Builder b = toBuilder();
        switch (level) {
            case NATIONAL -> b.nationalProposal(status);
            case PROVINCIAL -> b.provincialProposal(status);
            case MUNICIPAL -> b.municipalProposal(status);
        }
        return b.build();
    }

    /** The plan ids in a stable order, for display and comparison. */
    public Set<Long> sortedPlanIds() {
        return new TreeSet<>(planIds);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().code(code).name(name).applicantUnitId(applicantUnitId).legalEntity(legalEntity)
                .contactPerson(contactPerson).contactPhone(contactPhone).domainId(domainId).nature(nature)
                .locationUnitId(locationUnitId).scaleContent(scaleContent).totalInvestment(totalInvestment)
                .funding(funding).periodInvestment(periodInvestment).startYear(startYear).endYear(endYear)
                .progress(progress).landStatus(landStatus).planningStatus(planningStatus).eiaStatus(eiaStatus)
                .planIds(planIds).nationalProposal(nationalProposal).provincialProposal(provincialProposal)
                .municipalProposal(municipalProposal).remarks(remarks);
    }

    /** Builds an input field by field (forms, the Excel reader, tests). */
    public static final class Builder {
        private String code;
        private String name;
        private Long applicantUnitId;
        private String legalEntity;
        private String contactPerson;
        private String contactPhone;
        private Long domainId;
        private ProjectNature nature;
        private Long locationUnitId;
        private String scaleContent;
        private BigDecimal totalInvestment;
        private Funding funding = Funding.none();
        private BigDecimal periodInvestment;
        private Integer startYear;
        private Integer endYear;
        private String progress;
        private PermitStatus landStatus;
        private PermitStatus planningStatus;
        private PermitStatus eiaStatus;
        private Set<Long> planIds = Set.of();
        private ProposalStatus nationalProposal;
        private ProposalStatus provincialProposal;
        private ProposalStatus municipalProposal;
        private String remarks;

        public Builder code(String v) { code = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder applicantUnitId(Long v) { applicantUnitId = v; return this; }
        public Builder legalEntity(String v) { legalEntity = v; return this; }
        public Builder contactPerson(String v) { contactPerson = v; return this; }
        public Builder contactPhone(String v) { contactPhone = v; return this; }
        public Builder domainId(Long v) { domainId = v; return this; }
        public Builder nature(ProjectNature v) { nature = v; return this; }
        public Builder locationUnitId(Long v) { locationUnitId = v; return this; }
        public Builder scaleContent(String v) { scaleContent = v; return this; }
        public Builder totalInvestment(BigDecimal v) { totalInvestment = v; return this; }
        public Builder funding(Funding v) { funding = v == null ? Funding.none() : v; return this; }
        public Builder fund(ProjectField source, BigDecimal v) { funding = funding.with(source, v); return this; }
        public Builder periodInvestment(BigDecimal v) { periodInvestment = v; return this; }
        public Builder startYear(Integer v) { startYear = v; return this; }
        public Builder endYear(Integer v) { endYear = v; return this; }
        public Builder progress(String v) { progress = v; return this; }
        public Builder landStatus(PermitStatus v) { landStatus = v; return this; }
        public Builder planningStatus(PermitStatus v) { planningStatus = v; return this; }
        public Builder eiaStatus(PermitStatus v) { eiaStatus = v; return this; }
        public Builder planIds(Set<Long> v) { planIds = v == null ? Set.of() : v; return this; }
        public Builder nationalProposal(ProposalStatus v) { nationalProposal = v; return this; }
        public Builder provincialProposal(ProposalStatus v) { provincialProposal = v; return this; }
        public Builder municipalProposal(ProposalStatus v) { municipalProposal = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }

        public ProjectInput build() {
            return new ProjectInput(code, name, applicantUnitId, legalEntity, contactPerson, contactPhone, domainId,
                    nature, locationUnitId, scaleContent, totalInvestment, funding, periodInvestment, startYear,
                    endYear, progress, landStatus, planningStatus, eiaStatus, planIds, nationalProposal,
                    provincialProposal, municipalProposal, remarks);
        }
    }
}
