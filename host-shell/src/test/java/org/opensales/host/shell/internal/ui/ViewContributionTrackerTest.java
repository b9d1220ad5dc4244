package org.opensales.host.shell.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;

class ViewContributionTrackerTest {

    private static final CrmUser MANAGER = new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager"));
    private static final CrmUser CLERK = new CrmUser("tom", "Tom Bakker", Set.of());

    private final ViewContributionTracker tracker = new ViewContributionTracker();
    private final TestContribution sales = new TestContribution("sales", 20, "");
    private final TestContribution contacts = new TestContribution("contacts", 10, "");
    private final TestContribution targets = new TestContribution("targets", 30, "sales-manager");

    @Test
    void sortsByOrderAndHidesEntriesNeedingAMissingRole() {
        tracker.addContribution(targets);
        tracker.addContribution(sales);
        tracker.addContribution(contacts);

        assertThat(tracker.visibleTo(MANAGER)).containsExactly(contacts, sales, targets);
        assertThat(tracker.visibleTo(CLERK)).containsExactly(contacts, sales);
        assertThat(tracker.find(CLERK, "targets")).isEmpty();
        assertThat(tracker.find(MANAGER, "targets")).contains(targets);
    }

    @Test
    void forgetsARemovedContribution() {
        tracker.addContribution(sales);
        tracker.addContribution(contacts);

        tracker.removeContribution(sales);

        assertThat(tracker.visibleTo(MANAGER)).containsExactly(contacts);
        assertThat(tracker.find(MANAGER, "sales")).isEmpty();
    }
}
