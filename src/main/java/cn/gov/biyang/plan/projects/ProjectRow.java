package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the library list. */
public record ProjectRow(Long id, String code, String name, String applicant, String domain, String place,
                         ProjectNature nature, BigDecimal totalInvestment, BigDecimal periodInvestment, int startYear,
                         int endYear, ProjectStatus status, ProposalStatus nationalProposal,
                         ProposalStatus provincialProposal, ProposalStatus municipalProposal,
                         boolean possibleDuplicate, Instant updatedAt) {

    public ProposalStatus proposal(ProposalLevel level) {
        return switch (level) {
            case NATIONAL -> nationalProposal;
            case PROVINCIAL -> provincialProposal;
            case MUNICIPAL -> municipalProposal;
        };
    }
}
