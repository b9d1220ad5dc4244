package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;

import com.vaadin.data.Result;

/**
 * Reads an amount typed in the UI's locale, such as {@code 12,500.50} in English or {@code 12.500,50}
 * in Dutch. Blank text is no amount; anything that is not a whole, non-negative number of at most 14
 * digits before the decimal separator is refused with a message that shows an example.
 */
final class AmountParser {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private final Formats formats;

    AmountParser(Formats formats) {
        this.formats = formats;
    }

    /** @return the amount, null for blank text, or an error with the message to show */
    Result<BigDecimal> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Result.ok(null);
        }
        NumberFormat format = NumberFormat.getNumberInstance(formats.messages().locale());
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(value.replace('\u202f', '\u00a0'), position);
        if (number == null || position.getIndex() != value.length()) {
            return Result.error(messages(Text.NOT_AN_AMOUNT));
        }
        BigDecimal amount = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        if (amount.signum() < 0) {
            return Result.error(formats.messages().get(Text.NEGATIVE_AMOUNT));
        }
        return amount.compareTo(LIMIT) < 0 ? Result.ok(amount) : Result.error(messages(Text.NOT_AN_AMOUNT));
    }

    /** @return the amount as the user would type it, or an empty string for none */
    String format(BigDecimal amount) {
        return amount == null ? "" : formats.amount(amount);
    }

    private String messages(Text text) {
        return formats.messages().format(text, formats.amount(new BigDecimal("12500.00")));
    }
}
