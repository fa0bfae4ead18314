package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;

/** One group of a summary (a domain, a township, a status) with its count and amounts in 万元. */
public record SummaryRow(String label, long count, BigDecimal totalInvestment, BigDecimal periodInvestment) {
}
