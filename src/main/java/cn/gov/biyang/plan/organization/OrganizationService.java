package cn.gov.biyang.plan.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units, their written names, and the leadership group. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final UnitRepository units;
    private final LeadershipGroupRepository groups;

    OrganizationService(UnitRepository units, LeadershipGroupRepository groups) {
        this.units = units;
        this.groups = groups;
    }

    public List<Unit> allUnits() {
        return units.findAllOrdered();
    }

    public Optional<Unit> byCode(String code) {
        return units.findByCode(code);
    }

    public Optional<Unit> byId(Long id) {
        return units.findById(id);
    }

    /** Finds a unit by its canonical name or any alias, ignoring blanks the print conversion left inside names. */
    public Optional<Unit> byAnyName(String writtenName) {
        if (writtenName == null) {
            return Optional.empty();
        }
        String name = writtenName.replaceAll("\\s+", "");
        return units.findByName(name).or(() -> units.findByAlias(name));
    }

    /** Creates the unit, or returns the existing one with the same code, adding aliases it does not have yet. */
    @Transactional
    public Unit ensureUnit(String code, String name, String fullName, UnitKind kind, List<String> aliases) {
        Unit unit = units.findByCode(code).orElseGet(() -> units.save(new Unit(code, name, fullName, kind)));
        aliases.forEach(unit::addAlias);
        return unit;
    }

    public Optional<LeadershipGroup> leadershipGroup(Long cycleId) {
        return groups.findByCycleId(cycleId);
    }

    /** The group of the most recent cycle (the one the portal currently coordinates). */
    public Optional<LeadershipGroup> currentLeadershipGroup() {
        return groups.findFirstByOrderByCycleIdDesc();
    }

    /** Everything needed to record a leadership group as the notice lists it. */
    public record MemberEntry(int ordinal, String name, LeadershipRole role, String position, String unitCode) {
    }

    @Transactional
    public LeadershipGroup createLeadershipGroup(Long cycleId, String name, String officeUnitCode, String director,
                                                 String directorPosition, String officeText,
                                                 List<MemberEntry> members) {
        if (groups.findByCycleId(cycleId).isPresent()) {
            throw new IllegalStateException("该编制周期已有领导小组");
        }
        Unit office = requireUnit(officeUnitCode);
        LeadershipGroup group = new LeadershipGroup(cycleId, name, office, director, directorPosition, officeText);
        for (MemberEntry m : members) {
            Unit unit = m.unitCode() == null ? null : requireUnit(m.unitCode());
            group.addMember(m.ordinal(), m.name(), m.role(), m.position(), unit);
        }
        return groups.save(group);
    }

    private Unit requireUnit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalArgumentException("未知单位代码: " + code));
    }
}
