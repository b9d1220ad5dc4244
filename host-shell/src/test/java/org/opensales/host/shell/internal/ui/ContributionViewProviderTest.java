package org.opensales.host.shell.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;

class ContributionViewProviderTest {

    private static final CrmUser CLERK = new CrmUser("tom", "Tom Bakker", Set.of("salesperson"));

    private final ViewContributionTracker tracker = new ViewContributionTracker();
    private final TestContribution sales = new TestContribution("sales", 20, "");
    private final TestContribution contacts = new TestContribution("contacts", 10, "");
    private final TestContribution admin = new TestContribution("admin", 1, "admin");

    @BeforeEach
    void setUp() {
        tracker.addContribution(sales);
        tracker.addContribution(contacts);
        tracker.addContribution(admin);
    }

    @Test
    void namesTheViewInFrontOfTheParameters() {
        ContributionViewProvider provider = new ContributionViewProvider(tracker, CLERK);

        assertThat(provider.getViewName("sales/phase=QUOTE/owner=tom")).isEqualTo("sales");
        assertThat(provider.getViewName("contacts")).isEqualTo("contacts");
        assertThat(provider.getViewName("unknown/x")).isNull();
        assertThat(provider.getViewName("admin")).isNull();
    }

    @Test
    void opensTheFirstVisibleEntryForAnEmptyState() {
        assertThat(new ContributionViewProvider(tracker, CLERK).getViewName("")).isEqualTo("contacts");
        assertThat(new ContributionViewProvider(new ViewContributionTracker(), CLERK).getViewName("")).isNull();
    }

    @Test
    void createsEachViewOncePerProvider() {
        ContributionViewProvider oneUi = new ContributionViewProvider(tracker, CLERK);
        ContributionViewProvider otherUi = new ContributionViewProvider(tracker, CLERK);

        assertThat(oneUi.getView("sales")).isSameAs(oneUi.getView("sales"));
        assertThat(otherUi.getView("sales")).isNotSameAs(oneUi.getView("sales"));
        assertThat(sales.created()).isEqualTo(2);
    }

    @Test
    void dropsTheViewOfAContributionThatLeftAndRebuildsForItsReplacement() {
        ContributionViewProvider provider = new ContributionViewProvider(tracker, CLERK);
        provider.getView("sales");

        tracker.removeContribution(sales);
        assertThat(provider.getView("sales")).isNull();

        TestContribution restarted = new TestContribution("sales", 20, "");
        tracker.addContribution(restarted);
        assertThat(provider.getView("sales")).isNotNull();
        assertThat(restarted.created()).isEqualTo(1);
    }

    @Test
    void refusesAViewTheUserMayNotOpen() {
        assertThat(new ContributionViewProvider(tracker, CLERK).getView("admin")).isNull();
        assertThat(admin.created()).isZero();
    }
}
