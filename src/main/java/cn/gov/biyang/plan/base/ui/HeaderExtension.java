package cn.gov.biyang.plan.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's contribution to the header of every page (e.g. the notification bell). Features implement it as a
 * Spring bean, so the layout does not depend on them.
 */
public interface HeaderExtension {

    /** A new component for one page; called once per layout instance. */
    Component create();
}
