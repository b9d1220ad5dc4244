package org.opensales.bench.ui;

import java.io.File;
import java.io.InputStream;
import java.util.Properties;

import com.vaadin.server.DefaultDeploymentConfiguration;
import com.vaadin.server.ServiceException;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.UI;

/**
 * A Vaadin service without a servlet container, in production mode: enough for sessions, UIs and
 * the UIDL writer to run as they do under the CRM's servlet.
 */
final class BenchService extends VaadinService {

    private BenchService(Properties parameters) {
        super(new DefaultDeploymentConfiguration(BenchService.class, parameters));
    }

    /** @return an initialised service */
    static BenchService start() {
        Properties parameters = new Properties();
        parameters.setProperty("productionMode", "true");
        BenchService service = new BenchService(parameters);
        try {
            service.init();
        } catch (ServiceException e) {
            throw new IllegalStateException("The bench's Vaadin service did not start", e);
        }
        return service;
    }

    @Override
    public String getStaticFileLocation(VaadinRequest request) {
        return "";
    }

    @Override
    public String getConfiguredWidgetset(VaadinRequest request) {
        return "com.vaadin.DefaultWidgetSet";
    }

    @Override
    public String getConfiguredTheme(VaadinRequest request) {
        return "valo";
    }

    @Override
    public boolean isStandalone(VaadinRequest request) {
        return true;
    }

    @Override
    public String getMimeType(String resourceName) {
        return null;
    }

    @Override
    public File getBaseDirectory() {
        return new File(".");
    }

    @Override
    protected boolean requestCanCreateSession(VaadinRequest request) {
        return true;
    }

    @Override
    public String getServiceName() {
        return "sales-bench";
    }

    @Override
    public InputStream getThemeResourceAsStream(UI ui, String themeName, String resource) {
        return null;
    }

    @Override
    public String getMainDivId(VaadinSession session, VaadinRequest request, Class<? extends UI> uiClass) {
        return "sales-bench";
    }
}
