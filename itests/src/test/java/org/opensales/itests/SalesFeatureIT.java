package org.opensales.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots a real Karaf with the host and Sales features on a real MariaDB, and checks what another
 * module and a browser rely on: the services, and the UI's resources over HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SalesFeatureIT {

    @Inject
    @Filter(timeout = 120_000)
    private SalesService salesService;

    @Inject
    @Filter(timeout = 120_000)
    private ContactRegistry contacts;

    @Inject
    @Filter(timeout = 120_000)
    private UserDirectory users;

    @Inject
    private BundleContext bundleContext;

    /**
     * The Karaf to boot.
     *
     * @return the options
     */
    @Configuration
    public Option[] config() {
        return KarafOptions.withFeatures("crm-host", "sales");
    }

    @Test
    public void salesServiceCreatesAndFindsAnItem() throws Exception {
        Contact contact = contacts.register(new NewContact("Eva Smit", "Smit Installaties", "eva@smit.example", ""));
        SalesFilter solarPanels = SalesFilter.builder().text("solar panels").build();

        SalesItem created = users.runAs("pieter", () -> salesService.create(new NewSalesItem("Solar panels roof",
                contact.id(), "pieter", Phase.QUOTE, null, null, new BigDecimal("12500.00"), "EUR", "Website")));

        assertThat(created.id()).isPositive();
        assertThat(created.probability()).as("default probability of QUOTE").isEqualTo(40);
        assertThat(created.quoteDate()).isNotNull();
        List<SalesItem> found = users.runAs("pieter",
                () -> salesService.find(solarPanels, List.of(Sort.desc(SortField.AMOUNT)), 0, 10));
        assertThat(found).extracting(SalesItem::id).containsExactly(created.id());
        assertThat(found.get(0).amount()).isEqualByComparingTo("12500.00");
        assertThat(users.runAs("sanne", () -> salesService.count(solarPanels))).as("the manager sees it").isEqualTo(1);
        assertThat(users.runAs("tom", () -> salesService.count(solarPanels))).as("another salesperson does not").isZero();
    }

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null)
                .map(b -> b.getSymbolicName() + " state " + b.getState())
                .toList();
        assertThat(notActive).isEmpty();
    }

    @Test
    public void shellAndVaadinResourcesAnswerOverHttp() throws IOException {
        String base = "http://localhost:" + KarafOptions.HTTP_PORT;
        String page = getUntilOk(base + "/crm");
        assertThat(page).contains("vaadinBootstrap.js");

        Matcher vaadinDir = Pattern.compile("\"vaadinDir\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
        assertThat(vaadinDir.find()).as("bootstrap page names the VAADIN directory").isTrue();
        String vaadin = URI.create(base + "/crm/").resolve(vaadinDir.group(1)).toString();

        assertThat(status(vaadin + "vaadinBootstrap.js")).isEqualTo(200);
        assertThat(status(vaadin + "themes/valo/styles.css")).isEqualTo(200);
        assertThat(status(vaadin + "widgetsets/com.vaadin.DefaultWidgetSet/com.vaadin.DefaultWidgetSet.nocache.js"))
                .isEqualTo(200);
    }

    private static String getUntilOk(String url) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            try {
                if (connection.getResponseCode() == 200) {
                    try (InputStream in = connection.getInputStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException notYet) {
                // the HTTP service or the servlet is still starting
            } finally {
                connection.disconnect();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(url + " did not answer 200 within 60 s");
            }
            waitBriefly();
        }
    }

    private static int status(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private static void waitBriefly() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
}
