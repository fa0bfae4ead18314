package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;

/** The compilation cycle and its notice, for headers and the overview. */
public record CycleView(Long id, String name, String noticeTitle, String issuer, String documentNumber,
                        LocalDate issuedOn, LocalDate topicReportDue, String topicReportDueText, String contact) {
}
