package cn.gov.biyang.plan.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One person in the leadership group: 组长, 副组长 or 成员, with the position the notice gives. */
@Entity
@Table(name = "leadership_member")
public class LeadershipMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private LeadershipGroup group;

    private int ordinal;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadershipRole role;

    @Column(nullable = false)
    private String position;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private boolean retired;

    protected LeadershipMember() {
    }

    LeadershipMember(LeadershipGroup group, int ordinal, String name, LeadershipRole role, String position, Unit unit) {
        this.group = group;
        this.ordinal = ordinal;
        this.name = name;
        this.role = role;
        this.position = position;
        this.unit = unit;
    }

    void update(String name, LeadershipRole role, String position, Unit unit) {
        this.name = name;
        this.role = role;
        this.position = position;
        this.unit = unit;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    public Long getId() {
        return id;
    }

    /** A member who left the group; kept (not deleted) because the record of who was a member must stay. */
    public boolean isRetired() {
        return retired;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getName() {
        return name;
    }

    public LeadershipRole getRole() {
        return role;
    }

    public String getPosition() {
        return position;
    }

    public Unit getUnit() {
        return unit;
    }
}
