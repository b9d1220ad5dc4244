package org.opensales.sales.impl.internal.lead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.LeadIntakeService;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /crm/api/leads}: marketing automation submits a lead as JSON, authenticated with the
 * configured bearer token. Answers 201 qualified, 200 duplicate, 422 refused with the reason, 400 for
 * a malformed or invalid lead, 401 without the right token, 503 while no token is configured, 405
 * for other methods. Its exact pattern takes precedence over the shell's {@code /crm/*}.
 */
@Component(service = Servlet.class, configurationPid = LeadIntakeConfig.PID, property = {
        "osgi.http.whiteboard.servlet.pattern=/crm/api/leads",
        "osgi.http.whiteboard.servlet.name=sales-lead-intake"})
public final class LeadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LeadServlet.class);
    private static final int MAX_BODY = 64 * 1024;
    private static final int UNPROCESSABLE = 422;

    private final transient BearerToken token;
    private final transient LeadIntakeService intake;

    /**
     * @param config the endpoint's token
     * @param intake the lead intake
     */
    @Activate
    public LeadServlet(LeadIntakeConfig config, @Reference LeadIntakeService intake) {
        this.token = new BearerToken(config.token());
        this.intake = intake;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!token.configured()) {
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, LeadJson.error("lead intake is disabled: no token is configured"));
        } else if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, LeadJson.error("only POST is allowed"));
        } else if (!token.accepts(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            send(response, HttpServletResponse.SC_UNAUTHORIZED, LeadJson.error("a valid bearer token is required"));
        } else {
            submit(request, response);
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    LeadJson.errors(List.of(new FieldViolation("body", "must be at most " + MAX_BODY + " bytes"))));
            return;
        }
        try {
            LeadOutcome outcome = intake.submit(LeadJson.read(body));
            send(response, switch (outcome.status()) {
                case QUALIFIED -> HttpServletResponse.SC_CREATED;
                case DUPLICATE -> HttpServletResponse.SC_OK;
                case REFUSED -> UNPROCESSABLE;
            }, LeadJson.outcome(outcome));
        } catch (ValidationException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, LeadJson.errors(e.violations()));
        } catch (IntakeNotConfiguredException e) {
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, LeadJson.error(e.getMessage()));
        } catch (SalesException e) {
            LOG.warn("Lead intake failed: {}", e.getMessage(), e);
            send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, LeadJson.error(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Lead intake failed", e);
            send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, LeadJson.error("internal error; see the log"));
        }
    }

    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
