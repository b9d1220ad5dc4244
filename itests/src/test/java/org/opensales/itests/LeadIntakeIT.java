package org.opensales.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.LeadIntakeService;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The lead intake endpoint over real HTTP in a real Karaf with the host and Sales features: a
 * qualified lead becomes a contact and a PROSPECT item, a refused one gets its reason, the same lead
 * id again is a duplicate, and a wrong token is turned away. Its exact pattern must win over the
 * shell's {@code /crm/*}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LeadIntakeIT {

    /* a constant: the configuration runs in the driver JVM, the tests inside Karaf */
    private static final String TOKEN = "lead-it-token-7f3a9c";
    private static final String CFG = "etc/org.opensales.sales.lead.cfg";
    private static final String URL = "http://localhost:" + KarafOptions.HTTP_PORT + "/crm/api/leads";

    /** Not called: injecting it makes the tests wait until the intake is active. */
    @Inject
    @Filter(timeout = 120_000)
    private LeadIntakeService intake;

    @Inject
    @Filter(timeout = 120_000)
    private SalesService sales;

    @Inject
    @Filter(timeout = 120_000)
    private UserDirectory users;

    /**
     * The Karaf to boot: the lead intake assigns to pieter and acts as sanne.
     *
     * @return the options
     */
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(KarafOptions.withFeatures("crm-host", "sales"),
                editConfigurationFilePut(CFG, "token", TOKEN),
                editConfigurationFilePut(CFG, "assignTo", "pieter"),
                editConfigurationFilePut(CFG, "runAs", "sanne"));
    }

    @Test
    public void aQualifiedLeadAnswers201AndTheSameLeadAgainAnswers200WithTheSameIds() throws Exception {
        String leadId = "it-" + UUID.randomUUID();
        String body = "{\"leadId\":\"" + leadId + "\",\"personName\":\"Noor Visser\",\"companyName\":\"Visser & Zn\","
                + "\"email\":\"noor@visser.example\",\"phone\":\"\",\"source\":\"Website\",\"score\":80,"
                + "\"salesReady\":true,\"interest\":\"Heat pumps\"}";

        Response first = postWhenServed(body, TOKEN);

        assertThat(first.status).as(first.body).isEqualTo(201);
        assertThat(first.body).contains("\"status\":\"QUALIFIED\"");
        long contactId = number(first.body, "contactId");
        long itemId = number(first.body, "itemId");
        SalesItem item = users.runAs("sanne", () -> sales.get(itemId).orElseThrow());
        assertThat(item.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(item.source()).isEqualTo("Website");
        assertThat(item.salespersonId()).isEqualTo("pieter");
        assertThat(item.contactId()).isEqualTo(contactId);
        assertThat(item.title()).isEqualTo("Heat pumps");

        Response again = post(body, TOKEN);

        assertThat(again.status).as(again.body).isEqualTo(200);
        assertThat(again.body).isEqualTo(
                "{\"status\":\"DUPLICATE\",\"contactId\":" + contactId + ",\"itemId\":" + itemId + "}");
    }

    @Test
    public void aLeadThatIsNotSalesReadyAnswers422WithTheReason() throws IOException {
        Response refused = postWhenServed("{\"leadId\":\"it-" + UUID.randomUUID() + "\",\"personName\":\"Ruud\","
                + "\"email\":\"ruud@example.org\",\"source\":\"Website\",\"score\":40,\"salesReady\":false}", TOKEN);

        assertThat(refused.status).as(refused.body).isEqualTo(422);
        assertThat(refused.body).isEqualTo("{\"status\":\"REFUSED\",\"reason\":\"not marked sales-ready\"}");
    }

    @Test
    public void aWrongOrMissingTokenAnswers401() throws IOException {
        String body = "{\"leadId\":\"it-x\",\"personName\":\"X\",\"source\":\"Website\",\"score\":90,\"salesReady\":true}";

        assertThat(postWhenServed(body, TOKEN + "x").status).isEqualTo(401);
        assertThat(post(body, null).status).isEqualTo(401);
    }

    @Test
    public void anInvalidLeadAnswers400NamingTheFieldsAndOtherMethods405() throws IOException {
        Response invalid = postWhenServed("{\"leadId\":\"\",\"personName\":\"X\",\"source\":\"Website\",\"score\":101}",
                TOKEN);

        assertThat(invalid.status).isEqualTo(400);
        assertThat(invalid.body).contains("{\"field\":\"leadId\",\"rule\":\"is required\"}")
                .contains("{\"field\":\"score\",\"rule\":\"must be between 0 and 100\"}");
        assertThat(post("{not json", TOKEN).status).isEqualTo(400);
        HttpURLConnection get = (HttpURLConnection) URI.create(URL).toURL().openConnection();
        assertThat(get.getResponseCode()).isEqualTo(405);
        get.disconnect();
    }

    /** The whiteboard registers the servlet shortly after the service appears; until then /crm/* answers. */
    private static Response postWhenServed(String body, String token) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Response response = post(body, token);
            if (response.body.startsWith("{")) {
                return response;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the lead endpoint did not answer within 60 s: " + response.status);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private static Response post(String body, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(URL).toURL().openConnection();
        try {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, text);
        } finally {
            connection.disconnect();
        }
    }

    private static long number(String json, String member) {
        Matcher m = Pattern.compile("\"" + member + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(member + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private record Response(int status, String body) {
    }
}
