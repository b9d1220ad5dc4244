package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.opensales.sales.api.SalespersonTotals;

/** Formats numbers, amounts, dates and block footers for one UI's locale. */
final class Formats {

    private final Messages messages;
    private final NumberFormat amountFormat;
    private final NumberFormat countFormat;
    private final DateTimeFormatter dateFormat;
    private final NumberFormat oneDecimalFormat;
    private final DateTimeFormatter monthFormat;

    Formats(Messages messages) {
        this.messages = messages;
        amountFormat = NumberFormat.getNumberInstance(messages.locale());
        amountFormat.setMinimumFractionDigits(2);
        amountFormat.setMaximumFractionDigits(2);
        countFormat = NumberFormat.getIntegerInstance(messages.locale());
        dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        oneDecimalFormat = NumberFormat.getNumberInstance(messages.locale());
        oneDecimalFormat.setMinimumFractionDigits(1);
        oneDecimalFormat.setMaximumFractionDigits(1);
        monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", messages.locale());
    }

    Messages messages() {
        return messages;
    }

    /** @return the amount with grouping and two decimals, such as {@code 12,500.00} */
    String amount(BigDecimal amount) {
        return amount == null ? "" : amountFormat.format(amount);
    }

    String count(long count) {
        return countFormat.format(count);
    }

    /** @return a percentage or a number of days with one decimal, or an empty string for none */
    String oneDecimal(BigDecimal value) {
        return value == null ? "" : oneDecimalFormat.format(value);
    }

    /** @return the month in the locale's short form, such as {@code Jan 2027} */
    String month(YearMonth month) {
        return monthFormat.format(month);
    }

    /** @return the date in the locale's medium style, or an empty string for no date */
    String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** @return the footer of a salesperson's block: count, total and weighted total */
    String footer(SalespersonTotals totals) {
        Text pattern = totals.count() == 1 ? Text.FOOTER_ONE : Text.FOOTER_MANY;
        return messages.format(pattern, count(totals.count()), amount(totals.amount()),
                amount(totals.weightedAmount()));
    }
}
