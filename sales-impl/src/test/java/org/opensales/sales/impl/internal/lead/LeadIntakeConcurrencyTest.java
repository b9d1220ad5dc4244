package org.opensales.sales.impl.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadIntakeService;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.LeadOutcome.Status;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.impl.internal.TestDatabase;

class LeadIntakeConcurrencyTest {

    private final LeadIntakeFixture fixture = new LeadIntakeFixture();

    /*
     * The first submission holds back its item until the second is seen waiting on the lead id's
     * row lock, so both are truly in flight at once; the primary key must then turn the second into
     * a duplicate.
     */
    @Test
    void twoSubmissionsOfTheSameLeadAtOnceCreateOneContactAndOneItem() throws Exception {
        LeadIntakeService intake = fixture.intake(Map.of(), new ForwardingSalesService(fixture.sales) {
            @Override
            public SalesItem create(NewSalesItem item) {
                awaitAnotherTransactionWaitingForALock();
                return super.create(item);
            }
        });
        Lead lead = LeadIntakeFixture.lead(LeadIntakeServiceImplTest.newId(), "Anna", "Zon", "anna@zon.example",
                "", 70, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LeadOutcome>> both = pool.invokeAll(
                    List.of(() -> intake.submit(lead), () -> intake.submit(lead)), 60, TimeUnit.SECONDS);
            LeadOutcome first = both.get(0).get();
            LeadOutcome second = both.get(1).get();

            assertThat(List.of(first.status(), second.status()))
                    .containsExactlyInAnyOrder(Status.QUALIFIED, Status.DUPLICATE);
            assertThat(first.contactId()).isEqualTo(second.contactId());
            assertThat(first.itemId()).isEqualTo(second.itemId());
            assertThat(fixture.contacts.size()).isEqualTo(1);
            assertThat(fixture.newItems()).isEqualTo(1);
            assertThat(fixture.newLeadRows()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAnotherTransactionWaitingForALock() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (TestDatabase.queryLong(LeadIntakeFixture.DATA_SOURCE, "SELECT COUNT(*) FROM information_schema.processlist"
                + " WHERE info LIKE 'INSERT INTO sales_lead%'") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the second submission never waited for the lead id");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
