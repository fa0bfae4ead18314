package cn.gov.biyang.plan.organization;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** The compilation leadership group of one cycle, and its office (设在县发改委). */
@Entity
@Table(name = "leadership_group")
public class LeadershipGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The planning cycle this group leads; a plain id so organization does not depend on catalogue. */
    @Column(name = "cycle_id", nullable = false, unique = true)
    private Long cycleId;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "office_unit_id")
    private Unit officeUnit;

    @Column(nullable = false)
    private String officeDirector;

    private String officeDirectorPosition;

    private String officeText;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<LeadershipMember> members = new ArrayList<>();

    protected LeadershipGroup() {
    }

    LeadershipGroup(Long cycleId, String name, Unit officeUnit, String officeDirector, String officeDirectorPosition,
                    String officeText) {
        this.cycleId = cycleId;
        this.name = name;
        this.officeUnit = officeUnit;
        this.officeDirector = officeDirector;
        this.officeDirectorPosition = officeDirectorPosition;
        this.officeText = officeText;
    }

    void addMember(int ordinal, String memberName, LeadershipRole role, String position, Unit unit) {
        members.add(new LeadershipMember(this, ordinal, memberName, role, position, unit));
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getName() {
        return name;
    }

    public Unit getOfficeUnit() {
        return officeUnit;
    }

    public String getOfficeDirector() {
        return officeDirector;
    }

    public String getOfficeDirectorPosition() {
        return officeDirectorPosition;
    }

    public String getOfficeText() {
        return officeText;
    }

    public List<LeadershipMember> getMembers() {
        return List.copyOf(members);
    }

    /** The members now in the group (retired ones left out). */
    public List<LeadershipMember> getCurrentMembers() {
        return members.stream().filter(m -> !m.isRetired()).toList();
    }

    int nextOrdinal() {
        return members.stream().mapToInt(LeadershipMember::getOrdinal).max().orElse(0) + 1;
    }
}
