package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;

/** The totals line of a filtered list: how many projects, their total and their 十四五 investment (万元). */
public record ProjectTotals(long count, BigDecimal totalInvestment, BigDecimal periodInvestment) {
}
