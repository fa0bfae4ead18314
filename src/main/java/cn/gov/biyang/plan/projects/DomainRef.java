package cn.gov.biyang.plan.projects;

/** A 所属领域 entry of the editable list; retired entries stay on old projects but are not offered for new ones. */
public record DomainRef(Long id, String name, int position, boolean retired) {
}
