package cn.gov.biyang.plan.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the editable 所属领域 list. */
@Entity
@Table(name = "project_domain")
class ProjectDomain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    private int position;

    private boolean retired;

    protected ProjectDomain() {
    }

    ProjectDomain(String name, int position) {
        this.name = name;
        this.position = position;
    }

    DomainRef ref() {
        return new DomainRef(id, name, position, retired);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }
}
