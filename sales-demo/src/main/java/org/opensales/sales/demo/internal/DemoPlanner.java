package org.opensales.sales.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.opensales.sales.api.Phase;

/**
 * Plans realistic demo items from a seeded random source, so that the same salespeople and contacts
 * always give the same items.
 */
final class DemoPlanner {

    private static final String[] TITLES = {
        "Website redesign", "ERP licences %d seats", "Annual support contract", "Web shop implementation",
        "Cloud migration", "Laptops for %d employees", "Managed firewall service", "Office 365 migration",
        "CRM training, %d days", "Data warehouse phase %d", "Mobile app prototype", "Network cabling new office",
        "Security audit", "Backup and recovery service", "VoIP telephony for %d users", "Hosting renewal",
        "Printer lease %d devices", "Consultancy hours Q%d", "SEO campaign", "Payroll integration",
        "Warehouse scanners", "Helpdesk outsourcing", "Intranet upgrade", "Server room cooling",
        "E-learning portal", "Point-of-sale terminals %d stores", "Fleet tracking system", "Document management",
    };
    private static final int[] QUANTITIES = {2, 3, 4, 5, 10, 12, 25, 40, 50, 100};
    private static final String[] SOURCES = {
        "Website", "Trade fair", "Referral", "Campaign spring", "Cold call", "Partner",
    };
    private static final int[] PROSPECT_PROBABILITIES = {10, 15, 20, 25, 30};
    private static final long MIN_AMOUNT = 500;
    private static final long MAX_AMOUNT = 150_000;

    private final Random random;
    private final LocalDate today;

    DemoPlanner(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /**
     * @param count          how many items to plan
     * @param salespersonIds the owners, used in turn so each gets a fair share
     * @param contactIds     the customers to pick from, at least one
     * @return the planned items
     */
    List<DemoItem> plan(int count, List<String> salespersonIds, List<Long> contactIds) {
        List<DemoItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new DemoItem(title(), contactIds.get(random.nextInt(contactIds.size())),
                    salespersonIds.get(i % salespersonIds.size()), phase(),
                    today.plusDays(1 + random.nextInt(365)),
                    PROSPECT_PROBABILITIES[random.nextInt(PROSPECT_PROBABILITIES.length)], amount(),
                    SOURCES[random.nextInt(SOURCES.length)]));
        }
        return items;
    }

    private String title() {
        String title = TITLES[random.nextInt(TITLES.length)];
        return title.contains("%d") ? String.format(title, QUANTITIES[random.nextInt(QUANTITIES.length)]) : title;
    }

    /** Roughly 30% prospects, 25% quotes, 15% orders, 15% invoices and 15% lost. */
    private Phase phase() {
        int draw = random.nextInt(100);
        if (draw < 30) {
            return Phase.PROSPECT;
        } else if (draw < 55) {
            return Phase.QUOTE;
        } else if (draw < 70) {
            return Phase.ORDER;
        } else if (draw < 85) {
            return Phase.INVOICE;
        }
        return Phase.LOST;
    }

    /** Many small deals and a few large ones, in steps of 50. */
    private BigDecimal amount() {
        double skewed = Math.pow(random.nextDouble(), 2.5);
        long amount = MIN_AMOUNT + Math.round(skewed * (MAX_AMOUNT - MIN_AMOUNT) / 50) * 50;
        return BigDecimal.valueOf(Math.min(amount, MAX_AMOUNT)).setScale(2);
    }
}
