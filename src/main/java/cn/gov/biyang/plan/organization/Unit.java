package cn.gov.biyang.plan.organization;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A county unit, township or sub-district, recorded once whatever way documents write its name; the other
 * spellings are kept as aliases so that imports and people find it under any of them.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    private boolean retired;

    /** 分管领导: the unit's responsible leader, as the notice asks every member unit to name. */
    private String leaderName;

    private String leaderPosition;

    private String leaderPhone;

    private String leaderEmail;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("alias")
    private List<UnitAlias> aliases = new ArrayList<>();

    protected Unit() {
    }

    Unit(String code, String name, String fullName, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.fullName = fullName;
        this.kind = kind;
    }

    void addAlias(String alias) {
        if (aliases.stream().noneMatch(a -> a.getAlias().equals(alias))) {
            aliases.add(new UnitAlias(this, alias));
        }
    }

    /** Replaces the other written names with exactly these (new ones added, dropped ones removed). */
    void replaceAliases(List<String> wanted) {
        aliases.removeIf(a -> !wanted.contains(a.getAlias()));
        wanted.forEach(this::addAlias);
    }

    void rename(String name, String fullName, UnitKind kind) {
        this.name = name;
        this.fullName = fullName;
        this.kind = kind;
    }

    void setLeader(String name, String position, String phone, String email) {
        this.leaderName = name;
        this.leaderPosition = position;
        this.leaderPhone = phone;
        this.leaderEmail = email;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getLeaderPosition() {
        return leaderPosition;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public String getLeaderEmail() {
        return leaderEmail;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<String> getAliasNames() {
        return aliases.stream().map(UnitAlias::getAlias).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
