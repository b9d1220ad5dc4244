package org.opensales.host.shell.internal.web;

import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.locks.Lock;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.opensales.host.api.CrmUser;
import org.opensales.host.shell.internal.ShellConfig;
import org.opensales.host.shell.internal.data.CurrentUserHolder;
import org.opensales.host.shell.internal.data.UserAccounts;
import org.opensales.host.shell.internal.security.JaasAuthenticator;
import org.opensales.host.shell.internal.ui.ShellServices;
import org.opensales.host.shell.internal.ui.ViewContributionTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.osgi.resources.VaadinResourceService;
import com.vaadin.server.Constants;
import com.vaadin.server.DeploymentConfiguration;
import com.vaadin.server.VaadinServlet;
import com.vaadin.server.VaadinSession;
import com.vaadin.server.WrappedHttpSession;

/**
 * The CRM shell at {@code /crm}, registered with the HTTP whiteboard. Theme, widgetset and bootstrap
 * script come from the {@code com.vaadin} whiteboard context that vaadin-shared publishes; the
 * {@code Resources} init parameter points there. Each request runs with the logged-in user bound.
 */
@Component(service = Servlet.class, configurationPid = ShellConfig.PID, property = {
        "osgi.http.whiteboard.servlet.pattern=/crm/*",
        "osgi.http.whiteboard.servlet.name=crm-shell",
        "osgi.http.whiteboard.servlet.asyncSupported=true",
        "servlet.init.productionMode=true"})
public final class ShellServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient VaadinResourceService resources;
    private final transient CurrentUserHolder holder;
    private final transient ShellUIProvider uiProvider;

    /**
     * Creates the servlet.
     *
     * @param config        the shell configuration (JAAS realm)
     * @param resources     vaadin-shared's resource service, which knows the resource path
     * @param accounts      records logins
     * @param holder        binds the logged-in user to request threads
     * @param contributions the modules' menu entries and views
     */
    @Activate
    public ShellServlet(ShellConfig config,
                        @Reference(name = "resources") VaadinResourceService resources,
                        @Reference(name = "accounts") UserAccounts accounts,
                        @Reference(name = "holder") CurrentUserHolder holder,
                        @Reference(name = "contributions") ViewContributionTracker contributions) {
        this.resources = resources;
        this.holder = holder;
        this.uiProvider = new ShellUIProvider(new ShellServices(
                new JaasAuthenticator(config.jaasRealm()), accounts, holder, contributions));
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
        initParameters.setProperty(Constants.PARAMETER_VAADIN_RESOURCES, "/" + resources.getResourcePathPrefix());
        return super.createDeploymentConfiguration(initParameters);
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().setClassLoader(ShellServlet.class.getClassLoader());
        getService().addSessionInitListener(event -> event.getSession().addUIProvider(uiProvider));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try (CurrentUserHolder.Binding binding = holder.bind(loggedInUser(request))) {
            super.service(request, response);
        }
    }

    private CrmUser loggedInUser(HttpServletRequest request) {
        HttpSession httpSession = request.getSession(false);
        if (httpSession == null) {
            return null;
        }
        VaadinSession session = VaadinSession.getForSession(getService(), new WrappedHttpSession(httpSession));
        if (session == null) {
            return null;
        }
        Lock lock = session.getLockInstance();
        if (lock == null) {
            return null;
        }
        lock.lock();
        try {
            return session.getAttribute(CrmUser.class);
        } finally {
            lock.unlock();
        }
    }
}
