package org.opensales.sales.ui.internal;

import java.util.List;

/**
 * Writes CSV records as RFC 4180 describes them: fields separated by commas, records ended by CRLF,
 * a field with a comma, quote or line break enclosed in quotes with its quotes doubled. A field that
 * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
 * leading single quote, so that opening the export runs nothing.
 */
final class CsvWriter {

    private final StringBuilder out;

    /** @param out where the records go */
    CsvWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes one record. */
    void record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** @return the field as written: guarded against formulas, quoted when needed */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
