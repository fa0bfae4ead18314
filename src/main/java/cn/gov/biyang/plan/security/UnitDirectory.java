package cn.gov.biyang.plan.security;

import java.util.Optional;

/**
 * Lets account administration check a unit without security depending on the organization feature (organization
 * implements this; docs/decisions/0001-feature-packages.md keeps accounts' unit a plain id).
 */
public interface UnitDirectory {

    /** The unit's name if it exists and is not retired. */
    Optional<String> activeUnitName(Long unitId);
}
