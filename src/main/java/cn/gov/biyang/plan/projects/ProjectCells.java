package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;

/**
 * A field of a project as text: what an exported Excel cell holds (the import reads the same text back), what the
 * history shows of a change, what the detail page shows.
 */
final class ProjectCells {

    private ProjectCells() {
    }

    static String text(ProjectField field, ProjectInput in, ReferenceData ref) {
        return switch (field) {
            case CODE -> nullToEmpty(in.code());
            case NAME -> nullToEmpty(in.name());
            case APPLICANT -> in.applicantUnitId() == null ? "" : ref.unitName(in.applicantUnitId());
            case LEGAL_ENTITY -> nullToEmpty(in.legalEntity());
            case CONTACT_PERSON -> nullToEmpty(in.contactPerson());
            case CONTACT_PHONE -> nullToEmpty(in.contactPhone());
            case DOMAIN -> in.domainId() == null ? "" : ref.domainName(in.domainId());
            case NATURE -> label(in.nature());
            case LOCATION -> ref.placeName(in.locationUnitId());
            case SCALE_CONTENT -> nullToEmpty(in.scaleContent());
            case TOTAL_INVESTMENT -> money(in.totalInvestment());
            case FUND_CENTRAL, FUND_PROVINCE, FUND_CITY, FUND_COUNTY, FUND_SELF, FUND_OTHER ->
                    money(in.funding().get(field));
            case PERIOD_INVESTMENT -> money(in.periodInvestment());
            case START_YEAR -> in.startYear() == null ? "" : in.startYear().toString();
            case END_YEAR -> in.endYear() == null ? "" : in.endYear().toString();
            case PROGRESS -> nullToEmpty(in.progress());
            case LAND_STATUS -> label(in.landStatus());
            case PLANNING_STATUS -> label(in.planningStatus());
            case EIA_STATUS -> label(in.eiaStatus());
            case PLANS -> ref.planNames(in.planIds());
            case NATIONAL_PROPOSAL -> label(in.nationalProposal());
            case PROVINCIAL_PROPOSAL -> label(in.provincialProposal());
            case MUNICIPAL_PROPOSAL -> label(in.municipalProposal());
            case REMARKS -> nullToEmpty(in.remarks());
            case STATUS -> "";
        };
    }

    /** "总投资（万元）：1,000.00 → 1,200.00；…" for the fields that differ, or empty. */
    static String changes(ProjectInput before, ProjectInput after, ReferenceData ref) {
        StringBuilder s = new StringBuilder();
        for (ProjectField f : ProjectField.IMPORTED) {
            String was = text(f, before, ref);
            String is = text(f, after, ref);
            if (!was.equals(is)) {
                if (!s.isEmpty()) {
                    s.append("；");
                }
                s.append(f.header()).append("：").append(shorten(was)).append(" → ").append(shorten(is));
            }
        }
        return s.toString();
    }

    private static String shorten(String text) {
        if (text.isEmpty()) {
            return "（空）";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Money.format(amount);
    }

    private static String label(Labelled value) {
        return value == null ? "" : value.label();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
