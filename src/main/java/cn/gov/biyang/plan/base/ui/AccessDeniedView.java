package cn.gov.biyang.plan.base.ui;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** Shown when a signed-in user opens a page their role may not see, e.g. by typing its URL; the refusal is logged. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;
    private final AuditService audit;

    public AccessDeniedView(CurrentUser currentUser, AuditService audit) {
        this.currentUser = currentUser;
        this.audit = audit;
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        String actor = currentUser.get().map(u -> u.username()).orElse("anonymous");
        audit.recordRefusal(actor, "ACCESS_DENIED", "View", "/" + path, "无权访问页面");
        removeAll();
        add(new H2(getTranslation("error.accessDenied.title")),
                new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("", getTranslation("error.backHome")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
