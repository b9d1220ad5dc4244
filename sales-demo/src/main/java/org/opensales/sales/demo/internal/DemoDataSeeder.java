package org.opensales.sales.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.SalesTargets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates about 200 demo sales items when enabled and the Sales module has no items yet. The items
 * go through the Sales service like any user's, and are moved to their phase step by step. With the
 * items come monthly targets for the salespeople, set on behalf of the sales manager.
 */
@Component(configurationPid = DemoDataSeeder.PID)
@Designate(ocd = DemoConfig.class)
public final class DemoDataSeeder {

    static final String PID = "org.opensales.sales.demo";
    static final int ITEM_COUNT = 200;
    private static final long SEED = 20_250_501L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** Entries of the Sales module's default list of lost reasons. */
    private static final String[] LOST_REASONS = {
        "Price too high", "Chose a competitor", "No budget", "No decision", "Bad timing",
    };

    private final SalesService sales;
    private final SalesTargets targets;
    private final UserDirectory users;
    private final DemoHistory history = new DemoHistory(LocalDate.now());

    /**
     * Creates the demo items when the configuration enables it and there are no items yet.
     *
     * @param sales    where the items go
     * @param targets  where the salespeople's monthly targets go
     * @param users    the salespeople, and the manager on whose behalf the seeder works
     * @param contacts the customers
     * @param config   whether to create anything
     */
    @Activate
    public DemoDataSeeder(@Reference SalesService sales, @Reference SalesTargets targets,
                          @Reference UserDirectory users, @Reference ContactRegistry contacts, DemoConfig config) {
        this.sales = sales;
        this.targets = targets;
        this.users = users;
        if (config.enabled()) {
            seed(contacts);
        }
    }

    private void seed(ContactRegistry contacts) {
        String manager = users.usersWithRole(SalesRoles.SALES_MANAGER).stream()
                .findFirst().map(CrmUser::id).orElse(null);
        long existing = as(manager, () -> sales.count(SalesFilter.all()));
        if (existing > 0) {
            LOG.info("Sales demo data skipped: there are already {} sales items", existing);
            return;
        }
        List<String> salespeople = users.usersWithRole(SalesRoles.SALESPERSON).stream().map(CrmUser::id).toList();
        if (salespeople.isEmpty()) {
            LOG.warn("Sales demo data skipped: no user holds the role '{}'", SalesRoles.SALESPERSON);
            return;
        }
        List<Long> customers = as(manager, () -> new DemoContacts(contacts).customers()).stream()
                .map(Contact::id).toList();
        List<DemoItem> plan = new DemoPlanner(new Random(SEED), LocalDate.now())
                .plan(ITEM_COUNT, salespeople, customers);
        for (DemoItem item : plan) {
            as(manager == null ? item.salespersonId() : manager, () -> create(item));
        }
        LOG.info("Sales demo data: created {} sales items for {} salespeople and {} contacts",
                plan.size(), salespeople.size(), customers.size());
        seedTargets(manager, salespeople);
    }

    private void seedTargets(String manager, List<String> salespeople) {
        if (manager == null) {
            LOG.warn("Sales demo targets skipped: no user holds the role '{}'", SalesRoles.SALES_MANAGER);
            return;
        }
        List<SalesTarget> plan = new DemoTargets(new Random(SEED), YearMonth.now()).plan(salespeople);
        as(manager, () -> {
            plan.forEach(targets::save);
            return plan.size();
        });
        LOG.info("Sales demo data: set {} monthly targets", plan.size());
    }

    private SalesItem create(DemoItem demo) {
        SalesItem item = sales.create(new NewSalesItem(demo.title(), demo.contactId(), demo.salespersonId(), null,
                demo.expectedCloseDate(), demo.probability(), demo.amount(), "EUR", demo.source()));
        for (Phase step : stepsTo(demo.phase(), item.id())) {
            if (step == Phase.LOST) {
                // back to the phase default first, so that the lost item takes LOST's default of 0
                item = sales.update(item.toBuilder().probabilityOverridden(false).build());
                item = sales.markLost(item.id(), item.version(), LOST_REASONS[(int) (item.id() % LOST_REASONS.length)], "");
            } else {
                item = sales.update(item.toBuilder().phase(step).probability(probability(step, item)).build());
            }
        }
        return sales.update(history.backdate(item).build());
    }

    /** The phases an item passes on its way from PROSPECT; half the lost items had a quote first. */
    private static List<Phase> stepsTo(Phase target, long id) {
        return switch (target) {
            case PROSPECT -> List.of();
            case QUOTE -> List.of(Phase.QUOTE);
            case ORDER -> List.of(Phase.QUOTE, Phase.ORDER);
            case INVOICE -> List.of(Phase.QUOTE, Phase.ORDER, Phase.INVOICE);
            case LOST -> id % 2 == 0 ? List.of(Phase.QUOTE, Phase.LOST) : List.of(Phase.LOST);
        };
    }

    private static int probability(Phase phase, SalesItem item) {
        return switch (phase) {
            case PROSPECT -> item.probability();
            case QUOTE -> Math.min(90, item.probability() + 30 + (int) (item.id() % 4) * 5);
            case ORDER, INVOICE -> 100;
            case LOST -> 0;
        };
    }

    private <T> T as(String userId, Callable<T> task) {
        try {
            return userId == null ? task.call() : users.runAs(userId, task);
        } catch (Exception e) {
            throw new IllegalStateException("Sales demo data could not be created: " + e.getMessage(), e);
        }
    }
}
