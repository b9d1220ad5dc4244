package org.opensales.bench.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import com.vaadin.server.LegacyCommunicationManager;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinSession;
import com.vaadin.server.communication.UidlWriter;
import com.vaadin.ui.UI;
import com.vaadin.util.CurrentInstance;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.host.api.ui.ViewContribution;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTargets;
import org.opensales.sales.api.UserPreferences;
import org.opensales.sales.ui.internal.SalesViewContribution;

/**
 * Opens the Sales view in many Vaadin sessions in this JVM, as the first request of a browser tab
 * would: a new session and UI, the navigator entering the view from the page's fragment, and the
 * UI's first response written. Measures the server time of each open and, with every session
 * held, the heap each one keeps after garbage collection.
 */
public final class SalesViewLoad {

    /** Opens made and thrown away first, so class loading and the first compilations are not counted. */
    static final int WARM_UP = 3;
    private static final int COLLECTIONS = 4;
    private static final String LOCATION = "http://localhost:8181/crm/#!sales";

    private SalesViewLoad() {
    }

    /**
     * What one run measured.
     *
     * @param sessions       how many sessions were opened and held
     * @param medianMillis   the median server time of one open, in milliseconds
     * @param maxMillis      the longest server time of one open, in milliseconds
     * @param heapPerSession the heap held per session after garbage collection, in bytes
     * @param responseChars  the length of the first open's response to the browser
     */
    public record Result(int sessions, double medianMillis, double maxMillis, long heapPerSession,
                         int responseChars) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Sales view open x%d: median %.1f ms, max %.1f ms, "
                    + "heap per session %.1f KB, first response %d chars", sessions, medianMillis, maxMillis,
                    heapPerSession / 1024.0, responseChars);
        }
    }

    /**
     * Opens the Sales view as a user in a number of sessions and holds them all while measuring.
     *
     * @param sales       the items, as the Sales UI gets them from OSGi
     * @param reports     the report figures
     * @param catalog     the lead sources and lost reasons
     * @param targets     the monthly targets
     * @param preferences the user's settings
     * @param contacts    the host's address book
     * @param users       the host's users; its {@code runAs} makes {@code userId} the current user
     * @param userId      who opens the view, such as a sales manager
     * @param sessions    how many sessions to open, at least 1
     * @return the times and the heap per session
     * @throws IllegalArgumentException when sessions is below 1
     */
    public static Result run(SalesService sales, SalesReportService reports, SalesCatalog catalog,
                             SalesTargets targets, UserPreferences preferences, ContactRegistry contacts,
                             UserDirectory users, String userId, int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1");
        }
        ViewContribution contribution = new SalesViewContribution(sales, reports, users, contacts, preferences,
                catalog, targets);
        BenchService service = BenchService.start();
        for (int i = 0; i < WARM_UP; i++) {
            open(service, contribution, users, userId);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<Opened> held = new ArrayList<>();
        double[] millis = new double[sessions];
        for (int i = 0; i < sessions; i++) {
            long start = System.nanoTime();
            held.add(open(service, contribution, users, userId));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long after = usedAfterGc(memory);
        Reference.reachabilityFence(held);
        Arrays.sort(millis);
        return new Result(sessions, median(millis), millis[millis.length - 1], (after - before) / sessions,
                held.get(0).responseChars());
    }

    /** One open session and the length of its first response. */
    private record Opened(VaadinSession session, int responseChars) {
    }

    private static Opened open(BenchService service, ViewContribution contribution, UserDirectory users,
                               String userId) {
        try {
            return users.runAs(userId, () -> open(service, contribution));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Opening the Sales view as " + userId + " failed", e);
        }
    }

    /** Does what VaadinService and UIInitHandler do for a browser's first request, which still uses deprecated parts. */
    @SuppressWarnings("deprecation")
    private static Opened open(BenchService service, ViewContribution contribution) {
        BenchSession httpSession = new BenchSession();
        httpSession.setAttribute(service.getServiceName() + ".lock", new ReentrantLock());
        VaadinSession session = new VaadinSession(service);
        session.refreshTransients(httpSession, service);
        session.setConfiguration(service.getDeploymentConfiguration());
        session.setCommunicationManager(new LegacyCommunicationManager(session));
        session.setLocale(Locale.ENGLISH);
        session.lock();
        try {
            CurrentInstance.setCurrent(session);
            VaadinRequest request = BenchRequest.of(service, httpSession, LOCATION);
            CurrentInstance.set(VaadinRequest.class, request);
            session.getBrowser().updateRequestDetails(request);
            UI ui = new BenchUI(contribution);
            ui.setSession(session);
            UI.setCurrent(ui);
            ui.doInit(request, session.getNextUIid(), null);
            session.addUI(ui);
            StringWriter response = new StringWriter();
            new UidlWriter().write(ui, response, false);
            return new Opened(session, response.getBuffer().length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.unlock();
            CurrentInstance.clearAll();
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
