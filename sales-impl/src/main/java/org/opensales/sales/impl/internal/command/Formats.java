package org.opensales.sales.impl.internal.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/** How the commands write values: empty for absent, amounts with two decimals, times in the server's zone. */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal amount, String currency) {
        return currency == null || currency.isEmpty() ? amount(amount) : amount(amount) + " " + currency;
    }

    static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** A contact's display name with its id, or only the id when the registry does not know it. */
    static String contact(long id, Map<Long, String> names) {
        String name = names.get(id);
        return name == null ? "#" + id : name + " (#" + id + ")";
    }
}
