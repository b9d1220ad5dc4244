package org.opensales.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * Makes one realistic sales item after another from a seeded random source: phase mix, phase dates in
 * the last three years in phase order, expected close dates from six months back to eighteen ahead,
 * long-tailed amounts, sources, lost reasons, some tags, extra contacts, shares and inactive items.
 * The inbound desk's items are mostly fresh prospects; the others follow the company-wide mix.
 */
final class ItemFactory {

    private static final Phase[] PHASES = Phase.values();
    /** PROSPECT, QUOTE, ORDER, INVOICE, LOST in percent: inbound, and everyone else (35/15/20/10/20 overall). */
    private static final double[] INBOUND_MIX = {55, 15, 10, 5, 15};
    private static final double[] TYPICAL_MIX = {32.8, 15, 21.1, 10.6, 20.5};
    private static final int[] DEFAULT_PROBABILITY = {10, 40, 100, 100, 0};

    private final Random random;
    private final HostDataLoader.Contacts contacts;
    private final List<String> salespeople;
    private final LocalDate today;

    ItemFactory(Random random, HostDataLoader.Contacts contacts, List<String> salespeople, LocalDate today) {
        this.random = random;
        this.contacts = contacts;
        this.salespeople = salespeople;
        this.today = today;
    }

    SalesItem next(String salesperson) {
        Phase phase = phase(salesperson.equals(HostDataLoader.INBOUND) ? INBOUND_MIX : TYPICAL_MIX);
        int contact = random.nextInt(contacts.size());
        String company = contacts.companies()[contact];
        SalesItem.Builder item = SalesItem.builder()
                .salespersonId(salesperson)
                .contactId(contacts.ids()[contact])
                .phase(phase)
                .title(Words.pick(Words.VERBS, random) + " " + Words.pick(Words.PRODUCTS, random) + " for " + company)
                .description(random.nextInt(5) == 0 ? "" : description())
                .amount(amount())
                .currency("EUR")
                .source(Words.pick(Words.SOURCES, random))
                .expectedCloseDate(random.nextInt(12) == 0 ? null : today.plusDays(random.nextInt(731) - 182))
                .active(random.nextInt(100) >= 3)
                .createdBy(salesperson);
        LocalDate prospect = phaseDates(item, phase);
        item.createdAt(prospect.atTime(8, 0).plusMinutes(random.nextInt(600)).toInstant(ZoneOffset.UTC));
        probability(item, phase);
        if (phase == Phase.LOST) {
            item.lostReason(Words.pick(Words.LOST_REASONS, random))
                    .lostNote(random.nextInt(3) == 0 ? Words.pick(Words.PHRASES, random) : "");
        }
        if (random.nextInt(5) == 0) {
            String first = Words.pick(Words.TAGS, random);
            String second = Words.pick(Words.TAGS, random);
            item.tags(random.nextBoolean() || first.equals(second) ? Set.of(first) : Set.of(first, second));
        }
        if (random.nextInt(10) == 0) {
            item.extraContactIds(List.of(contacts.ids()[random.nextInt(contacts.size())]));
        }
        if (random.nextInt(50) == 0) {
            String other = salespeople.get(random.nextInt(salespeople.size()));
            if (!other.equals(salesperson)) {
                item.sharedWith(Set.of(other));
            }
        }
        return item.build();
    }

    private Phase phase(double[] mix) {
        double r = random.nextDouble() * 100;
        for (int i = 0; i < mix.length; i++) {
            r -= mix[i];
            if (r < 0) {
                return PHASES[i];
            }
        }
        return Phase.LOST;
    }

    /** Sets the dates of the phases reached, in order and never after today; returns the prospect date. */
    private LocalDate phaseDates(SalesItem.Builder item, Phase phase) {
        LocalDate prospect = today.minusDays(random.nextInt(3 * 365));
        item.prospectDate(prospect);
        LocalDate quote = later(prospect, 3, 60);
        switch (phase) {
            case QUOTE -> item.quoteDate(quote);
            case ORDER -> item.quoteDate(quote).orderDate(later(quote, 5, 90));
            case INVOICE -> {
                LocalDate order = later(quote, 5, 90);
                item.quoteDate(quote).orderDate(order).invoiceDate(later(order, 1, 30));
            }
            case LOST -> {
                boolean quoted = random.nextBoolean();
                item.quoteDate(quoted ? quote : null).lostDate(later(quoted ? quote : prospect, 5, 120));
            }
            default -> {
            }
        }
        return prospect;
    }

    private LocalDate later(LocalDate from, int minDays, int maxDays) {
        LocalDate date = from.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        return date.isAfter(today) ? today : date;
    }

    private void probability(SalesItem.Builder item, Phase phase) {
        if (phase.isOpen() && random.nextInt(7) == 0) {
            item.probability(5 * (1 + random.nextInt(19))).probabilityOverridden(true);
        } else {
            item.probability(DEFAULT_PROBABILITY[phase.ordinal()]);
        }
    }

    /** 100 to 250,000, log-uniform bent towards small amounts: many small deals, a few large ones. */
    private BigDecimal amount() {
        double u = Math.pow(random.nextDouble(), 1.6);
        long euros = Math.round(100 * Math.pow(2500, u));
        return BigDecimal.valueOf(Math.min(euros, 250_000)).setScale(2);
    }

    private String description() {
        String first = Words.pick(Words.PHRASES, random);
        return random.nextBoolean() ? first : first + "; " + Words.pick(Words.PHRASES, random);
    }
}
