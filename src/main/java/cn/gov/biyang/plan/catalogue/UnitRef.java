package cn.gov.biyang.plan.catalogue;

import cn.gov.biyang.plan.organization.Unit;

/** A unit as the catalogue's views show it. */
public record UnitRef(Long id, String code, String name) {

    static UnitRef of(Unit unit) {
        return new UnitRef(unit.getId(), unit.getCode(), unit.getName());
    }
}
