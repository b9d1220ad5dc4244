package org.opensales.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Runs the sales:* shell commands in a real Karaf as a logged-in shell user, through the same
 * session factory the SSH and local consoles use, so the command ACL and the user's identity apply.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SalesCommandsIT {

    private static final Duration COMMANDS_READY = Duration.ofSeconds(60);

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
    @Filter(timeout = 120_000)
    private SessionFactory sessionFactory;

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
    public void listShowsTheItemsOfOneSalesperson() throws Exception {
        SalesItem pieters = create("Commands solar roof", "pieter", Phase.QUOTE, "12500.00");
        SalesItem fatimas = create("Commands heat pump", "fatima", Phase.PROSPECT, "8000.00");

        String out = runAsSanne("sales:list --salesperson pieter");

        assertThat(out).contains(pieters.title(), "Eva Commands (Commands BV)", "QUOTE", "40%", "12500.00 EUR",
                "2026-09-30").doesNotContain(fatimas.title());
        String countLine = out.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(countLine).matches("(\\d+) of \\1 items");
    }

    @Test
    public void showPrintsEveryFieldAndTheHistory() throws Exception {
        SalesItem item = create("Commands battery storage", "pieter", Phase.PROSPECT, "4200.00");

        String out = runAsSanne("sales:show " + item.id());

        assertThat(out).contains(item.id() + " (version " + item.version() + ")", item.title(),
                "Batteries for the commands test", "Eva Commands (Commands BV) (#", "pieter", "PROSPECT",
                "4200.00 EUR", "commands, storage", "fatima", "by sanne", "History", "PHASE");
    }

    @Test
    public void showSaysSoWhenTheItemDoesNotExist() {
        assertThatThrownBy(() -> runAsSanne("sales:show 987654321"))
                .hasMessage("Sales item 987654321 does not exist, or you may not see it");
    }

    @Test
    public void reportPrintsTheGeneralInformationAndTotalsPerSalesperson() throws Exception {
        create("Commands report item", "tom", Phase.ORDER, "1000.00");

        String out = runAsSanne("sales:report");

        assertThat(out).contains("General information", "PROSPECT", "QUOTE", "ORDER", "INVOICE", "LOST", "Total",
                "Per salesperson", "Tom Bakker (tom)");
    }

    @Test
    public void aShellUserUnknownToTheCrmIsTold() {
        assertThatThrownBy(() -> run("shell-only", "sales-manager", "sales:list"))
                .hasMessageStartingWith("Shell user 'shell-only' is not a user of the CRM");
    }

    @Test
    public void theAclKeepsOutRolesWithoutSalesAccess() throws Exception {
        runAsSanne("sales:list --limit 1");
        Instant deadline = Instant.now().plus(COMMANDS_READY);
        while (true) {
            try {
                run("sanne", "viewer", "sales:list --limit 1");
            } catch (Exception refused) {
                assertThat(refused.getMessage()).contains("sales:list");
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the role viewer could still run sales:list after " + COMMANDS_READY);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private SalesItem create(String title, String salesperson, Phase phase, String amount) throws Exception {
        Contact contact = contacts.search("Eva Commands", 1).stream().findFirst()
                .orElseGet(() -> contacts.register(new NewContact("Eva Commands", "Commands BV", "eva@commands.example", "")));
        NewSalesItem item = new NewSalesItem(title, contact.id(), salesperson, phase, LocalDate.of(2026, 9, 30), null,
                new BigDecimal(amount), "EUR", null, "Batteries for the commands test", List.of(),
                Set.of("commands", "storage"), Set.of("fatima"));
        return users.runAs("sanne", () -> salesService.create(item));
    }

    /** Runs a command as sanne, the sales manager, waiting first for the commands to be registered. */
    private String runAsSanne(String command) throws Exception {
        Instant deadline = Instant.now().plus(COMMANDS_READY);
        while (true) {
            try {
                return run("sanne", "sales-manager", command);
            } catch (Exception e) {
                boolean notYet = String.valueOf(e.getMessage()).startsWith("Command not found");
                if (!notYet || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }
    }

    @SuppressWarnings("removal")
    private String run(String user, String role, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
