package org.opensales.sales.ui.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.Phase;

/**
 * Writes the filter into the view's URL parameters and reads it back, so that a filtered view can be
 * bookmarked: {@code text=web+shop&phase=QUOTE&salesperson=pieter}. Unknown keys and phases are
 * ignored.
 */
final class FilterParameters {

    static final String TEXT = "text";
    static final String PHASE = "phase";
    static final String SALESPERSON = "salesperson";

    private FilterParameters() {
    }

    static String format(FilterValues values) {
        List<String> parts = new ArrayList<>();
        if (!values.text().isEmpty()) {
            parts.add(TEXT + "=" + encode(values.text()));
        }
        if (values.phase() != null) {
            parts.add(PHASE + "=" + values.phase().name());
        }
        if (values.salespersonId() != null) {
            parts.add(SALESPERSON + "=" + encode(values.salespersonId()));
        }
        return String.join("&", parts);
    }

    static FilterValues parse(String parameters) {
        String text = "";
        Phase phase = null;
        String salesperson = null;
        for (String part : parameters == null ? new String[0] : parameters.split("&")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = decode(part.substring(0, equals));
            String value = decode(part.substring(equals + 1));
            switch (key) {
                case TEXT -> text = value;
                case PHASE -> phase = phaseOf(value);
                case SALESPERSON -> salesperson = value;
                default -> { }
            }
        }
        return new FilterValues(text, phase, salesperson);
    }

    private static Phase phaseOf(String value) {
        for (Phase phase : Phase.values()) {
            if (phase.name().equalsIgnoreCase(value.strip())) {
                return phase;
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // a stray '%' typed into the address bar: take the text as it is
        }
    }
}
