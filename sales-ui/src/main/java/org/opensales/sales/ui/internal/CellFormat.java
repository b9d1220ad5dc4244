package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.opensales.sales.api.Phase;

/**
 * Turns the raw values of {@link ItemColumn} into text: for the grid in the UI's locale, and plain
 * for a CSV file (decimals with a point and no grouping, ISO dates).
 */
final class CellFormat {

    private static final DateTimeFormatter PLAIN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Formats formats;
    private final UnaryOperator<String> userName;
    private final ZoneId zone;
    private final DateTimeFormatter timeFormat;

    /**
     * @param formats  the UI's formats
     * @param userName gives a user's display name for a user id
     * @param zone     the zone in which times are shown
     */
    CellFormat(Formats formats, UnaryOperator<String> userName, ZoneId zone) {
        this.formats = formats;
        this.userName = userName;
        this.zone = zone;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(formats.messages().locale()).withZone(zone);
    }

    String display(ItemColumn column, SalesRow row) {
        Object value = column.valueOf(row);
        if (value instanceof BigDecimal amount) {
            return formats.amount(amount);
        }
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof Instant time) {
            return timeFormat.format(time);
        }
        return common(value);
    }

    String plain(ItemColumn column, SalesRow row) {
        Object value = column.valueOf(row);
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Instant time) {
            return PLAIN_TIME.format(time.atZone(zone));
        }
        return common(value);
    }

    /** @return true for columns whose values are numbers, shown aligned right */
    static boolean numeric(ItemColumn column) {
        return switch (column) {
            case EXTRA_CONTACTS, PROBABILITY, AMOUNT, WEIGHTED_AMOUNT, ID -> true;
            default -> false;
        };
    }

    private String common(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Phase phase) {
            return formats.messages().phase(phase);
        }
        if (value instanceof Boolean yes) {
            return formats.messages().get(yes ? Text.YES : Text.NO);
        }
        if (value instanceof ItemColumn.UserIds users) {
            return users.ids().stream().filter(id -> !id.isEmpty()).map(userName)
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
