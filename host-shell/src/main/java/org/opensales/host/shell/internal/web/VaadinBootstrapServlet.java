package org.opensales.host.shell.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

import com.vaadin.server.VaadinServlet;

/**
 * Serves {@code /vaadin-<version>/VAADIN/vaadinBootstrap.js} from the vaadin-server bundle. Under Pax
 * Web 8 the resource vaadin-shared registers for it is never matched (exact pattern), so without this
 * servlet in the {@code com.vaadin} context every Vaadin page stays blank.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/VAADIN/vaadinBootstrap.js",
        "osgi.http.whiteboard.servlet.name=vaadin-bootstrap-js",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=com.vaadin)",
        "service.ranking:Integer=100"})
public final class VaadinBootstrapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SCRIPT = "/VAADIN/vaadinBootstrap.js";
    private static final int CACHE_SECONDS = 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean gzip = acceptsGzip(request);
        URL script = VaadinServlet.class.getResource(gzip ? SCRIPT + ".gz" : SCRIPT);
        if (script == null && gzip) {
            gzip = false;
            script = VaadinServlet.class.getResource(SCRIPT);
        }
        if (script == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/javascript");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=" + CACHE_SECONDS);
        response.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        try (InputStream in = script.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }
}
