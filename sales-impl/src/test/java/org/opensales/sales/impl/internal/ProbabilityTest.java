package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

class ProbabilityTest extends SalesTestSupport {

    @Test
    void aGivenProbabilityIsSetByHandAnAbsentOneIsTheDefault() {
        SalesItem given = service.create(new NewItemDraft().probability(10).build());
        SalesItem absent = service.create(new NewItemDraft().probability(null).build());

        assertThat(given.probabilityOverridden()).isTrue();
        assertThat(absent.probabilityOverridden()).isFalse();
        assertThat(absent.probability()).isEqualTo(10);
    }

    @Test
    void aDefaultProbabilityFollowsThePhase() {
        SalesItem prospect = service.create(new NewItemDraft().probability(null).build());

        SalesItem quote = service.update(prospect.toBuilder().phase(Phase.QUOTE).build());
        SalesItem order = service.update(quote.toBuilder().phase(Phase.ORDER).build());

        assertThat(quote.probability()).isEqualTo(40);
        assertThat(order.probability()).isEqualTo(100);
        assertThat(order.probabilityOverridden()).isFalse();
        SalesItem other = service.create(new NewItemDraft().probability(null).build());
        assertThat(service.markLost(other.id(), other.version(), "No budget", "").probability()).isZero();
    }

    @Test
    void aChangedProbabilityIsSetByHandAndStaysAcrossPhases() {
        SalesItem prospect = service.create(new NewItemDraft().probability(null).build());

        SalesItem set = service.update(prospect.toBuilder().probability(25).build());
        SalesItem quote = service.update(set.toBuilder().phase(Phase.QUOTE).build());
        SalesItem lost = service.markLost(quote.id(), quote.version(), "No budget", "");

        assertThat(set.probabilityOverridden()).isTrue();
        assertThat(quote.probability()).isEqualTo(25);
        assertThat(lost.probability()).as("LOST's default applies only when not set by hand").isEqualTo(25);
    }

    @Test
    void clearingTheOverrideReturnsToThePhaseDefault() {
        SalesItem quote = service.create(new NewItemDraft().phase(Phase.QUOTE).probability(75).build());

        SalesItem reset = service.update(quote.toBuilder().probabilityOverridden(false).build());

        assertThat(reset.probability()).isEqualTo(40);
        assertThat(reset.probabilityOverridden()).isFalse();
        assertThat(service.update(reset.toBuilder().phase(Phase.ORDER).build()).probability()).isEqualTo(100);
    }

    @Test
    void aChangedProbabilityWinsOverAClearedFlag() {
        SalesItem quote = service.create(new NewItemDraft().phase(Phase.QUOTE).probability(75).build());

        SalesItem changed = service.update(quote.toBuilder().probability(60).probabilityOverridden(false).build());

        assertThat(changed.probability()).isEqualTo(60);
        assertThat(changed.probabilityOverridden()).isTrue();
    }

    @Test
    void theDefaultsComeFromTheConfiguration() {
        SalesServiceImpl configured = new SalesServiceImpl(SharedDatabases.salesDatabase(dataSource),
                HostStandIns.contacts(), users, events, ProbabilityDefaults.of(config(15, 45, 95, 99, 5)), CLOCK);

        SalesItem prospect = configured.create(new NewItemDraft().probability(null).build());
        SalesItem quote = configured.update(prospect.toBuilder().phase(Phase.QUOTE).build());
        SalesItem lost = configured.markLost(quote.id(), quote.version(), "No budget", "");
        SalesItem invoice = configured.create(new NewItemDraft().phase(Phase.INVOICE).probability(null).build());
        SalesItem order = configured.create(new NewItemDraft().phase(Phase.ORDER).probability(null).build());

        assertThat(prospect.probability()).isEqualTo(15);
        assertThat(quote.probability()).isEqualTo(45);
        assertThat(lost.probability()).isEqualTo(5);
        assertThat(order.probability()).isEqualTo(95);
        assertThat(invoice.probability()).isEqualTo(99);
    }

    private static SalesDatabaseConfig config(int prospect, int quote, int order, int invoice, int lost) {
        return new SalesDatabaseConfig() {
            @Override public Class<? extends Annotation> annotationType() { return SalesDatabaseConfig.class; }
            @Override public String dataSource_target() { return "(dataSourceName=crm)"; }
            @Override public int probability_prospect() { return prospect; }
            @Override public int probability_quote() { return quote; }
            @Override public int probability_order() { return order; }
            @Override public int probability_invoice() { return invoice; }
            @Override public int probability_lost() { return lost; }
        };
    }
}
