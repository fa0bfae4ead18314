package cn.gov.biyang.plan.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another written name of a unit (e.g. 县发展改革委 for 县发改委). */
@Entity
@Table(name = "unit_alias")
class UnitAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false, unique = true)
    private String alias;

    protected UnitAlias() {
    }

    UnitAlias(Unit unit, String alias) {
        this.unit = unit;
        this.alias = alias;
    }

    String getAlias() {
        return alias;
    }
}
