package cn.gov.biyang.plan.submission;

/** A unit someone may contribute for. */
public record UnitChoice(Long id, String name) {
}
