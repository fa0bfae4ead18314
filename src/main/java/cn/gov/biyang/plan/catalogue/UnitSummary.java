package cn.gov.biyang.plan.catalogue;

import java.util.List;

import cn.gov.biyang.plan.organization.UnitKind;

/** A unit with the number of items it leads and supports. */
public record UnitSummary(UnitRef unit, String fullName, UnitKind kind, List<String> aliases, long leads,
                          long supports) {
}
