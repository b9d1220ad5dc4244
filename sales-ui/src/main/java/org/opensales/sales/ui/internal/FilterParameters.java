package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;

/**
 * Writes the filter into the view's URL parameters and reads it back, so that a filtered view can be
 * bookmarked, such as {@code text=web+shop&phase=PROSPECT,QUOTE&period=CLOSED&from=2026-01-01&min=1000}.
 * Unknown keys and values that do not parse are ignored.
 */
final class FilterParameters {

    static final String TEXT = "text";
    static final String PHASE = "phase";
    static final String SALESPERSON = "salesperson";
    static final String SOURCE = "source";
    static final String TAG = "tag";
    static final String PERIOD = "period";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String INACTIVE = "inactive";

    private FilterParameters() {
    }

    static String format(FilterValues values) {
        List<String> parts = new ArrayList<>();
        add(parts, TEXT, values.text().isEmpty() ? null : values.text());
        if (!values.phases().isEmpty()) {
            parts.add(PHASE + "=" + EnumSet.copyOf(values.phases()).stream().map(Phase::name)
                    .collect(Collectors.joining(",")));
        }
        add(parts, SALESPERSON, values.salespersonId());
        add(parts, SOURCE, values.source());
        add(parts, TAG, values.tag());
        boolean period = values.from() != null || values.to() != null;
        add(parts, PERIOD, period ? values.periodField().name() : null);
        add(parts, FROM, values.from() == null ? null : values.from().toString());
        add(parts, TO, values.to() == null ? null : values.to().toString());
        add(parts, MIN, values.minAmount() == null ? null : values.minAmount().toPlainString());
        add(parts, MAX, values.maxAmount() == null ? null : values.maxAmount().toPlainString());
        add(parts, INACTIVE, values.inactive() ? "true" : null);
        return String.join("&", parts);
    }

    static FilterValues parse(String parameters) {
        Map<String, String> p = new HashMap<>();
        for (String part : parameters == null ? new String[0] : parameters.split("&")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                p.put(decode(part.substring(0, equals)), decode(part.substring(equals + 1)).strip());
            }
        }
        return new FilterValues(p.get(TEXT), phases(p.get(PHASE)), p.get(SALESPERSON), p.get(SOURCE), p.get(TAG),
                period(p.get(PERIOD)), date(p.get(FROM)), date(p.get(TO)), amount(p.get(MIN)), amount(p.get(MAX)),
                "true".equalsIgnoreCase(p.get(INACTIVE)));
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Set<Phase> phases(String value) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String name : value == null ? new String[0] : value.split(",")) {
            for (Phase phase : Phase.values()) {
                if (phase.name().equalsIgnoreCase(name.strip())) {
                    phases.add(phase);
                }
            }
        }
        return phases;
    }

    private static PeriodField period(String value) {
        for (PeriodField field : PeriodField.values()) {
            if (field.name().equalsIgnoreCase(value == null ? "" : value)) {
                return field;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal amount(String value) {
        try {
            BigDecimal amount = value == null ? null : new BigDecimal(value);
            return amount == null || amount.signum() < 0 || amount.precision() - amount.scale() > 14 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // a stray '%' typed into the address bar: take the text as it is
        }
    }
}
