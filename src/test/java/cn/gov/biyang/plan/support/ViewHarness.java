package cn.gov.biyang.plan.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import cn.gov.biyang.plan.base.PortalI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;

/**
 * A Vaadin UI in the test's own thread, without a browser or a servlet container: views are created by Spring with
 * their real services (as the router does), attached to the UI, and driven through their Java API — a click is a
 * method call. Route security is not in play here (the Selenium journeys cover it); the services' own checks are,
 * since they read the signed-in user ({@link TestUsers#actAs}).
 */
public final class ViewHarness implements AutoCloseable {

    private final ApplicationContext context;
    private final UI ui;

    private ViewHarness(ApplicationContext context) {
        this.context = context;
        I18NProvider i18n = context.getBean(I18NProvider.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(instantiator.getI18NProvider()).thenReturn(i18n);
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(configuration.isProductionMode()).thenReturn(true);
        VaadinService service = mock(VaadinService.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        VaadinService.setCurrent(service);

        ReentrantLock lock = new ReentrantLock();
        VaadinSession session = new VaadinSession(service) {
            @Override
            public java.util.concurrent.locks.Lock getLockInstance() {
                return lock;
            }

            @Override
            public boolean hasLock() {
                return lock.isHeldByCurrentThread();
            }

            @Override
            public DeploymentConfiguration getConfiguration() {
                return configuration;
            }
        };
        lock.lock();
        VaadinSession.setCurrent(session);
        ui = new UI();
        ui.getInternals().setSession(session);
        ui.setLocale(PortalI18NProvider.CHINESE);
        UI.setCurrent(ui);
    }

    /** A fresh UI; close it after the test. */
    public static ViewHarness start(ApplicationContext context) {
        return new ViewHarness(context);
    }

    /** Creates the view as the router would (constructor injection from the application context) and shows it. */
    public <T extends Component> T show(Class<T> view) {
        T instance = context.getAutowireCapableBeanFactory().createBean(view);
        ui.add(instance);
        return instance;
    }

    /**
     * Runs what Vaadin does before answering the browser — dialogs and notifications opened in this round attach
     * themselves to the UI then — as the end of a server round trip would.
     */
    private void roundTrip() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** Every component of the UI after a round trip, depth first (views, dialogs and notifications alike). */
    public Stream<Component> all() {
        roundTrip();
        List<Component> out = new ArrayList<>();
        collect(ui, out);
        return out.stream();
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        c.getChildren().forEach(child -> collect(child, out));
    }

    /** The single component of that type with that id. */
    public <T extends Component> T byId(Class<T> type, String id) {
        List<T> found = find(type).filter(c -> c.getId().filter(id::equals).isPresent()).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + "#" + id + ", found " + found.size());
        }
        return found.getFirst();
    }

    public <T extends Component> Stream<T> find(Class<T> type) {
        return all().filter(type::isInstance).map(type::cast);
    }

    /** Components of that type inside {@code root}, depth first. */
    public static <T extends Component> List<T> within(Component root, Class<T> type) {
        List<Component> out = new ArrayList<>();
        collect(root, out);
        return out.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * What a component column of a grid shows for {@code item} (the grid renders such cells only for the browser, so
     * they are not in the UI's component tree): the component its renderer makes, live — its listeners act on the
     * view as a click in the browser would.
     */
    @SuppressWarnings("unchecked")
    public static <T> Component cell(com.vaadin.flow.component.grid.Grid<T> grid, int column, T item) {
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<? extends Component, T>) grid.getColumns()
                .get(column).getRenderer();
        return renderer.createComponent(item);
    }

    /** Texts of the notifications opened so far (still attached to the UI), oldest first. */
    public List<String> notifications() {
        return find(Notification.class).map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** Fires a component event as the browser would (a click, a dialog's confirm). */
    public static void fire(Component source, com.vaadin.flow.component.ComponentEvent<?> event) {
        ComponentUtil.fireEvent(source, event);
    }

    @Override
    public void close() {
        ui.getChildren().toList().forEach(ui::remove);
        UI.setCurrent(null);
        VaadinSession current = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        VaadinService.setCurrent(null);
        if (current != null && current.hasLock()) {
            current.getLockInstance().unlock();
        }
    }
}
