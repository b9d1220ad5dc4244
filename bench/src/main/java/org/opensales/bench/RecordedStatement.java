package org.opensales.bench;

import java.util.List;

/**
 * One SQL statement a service call executed, as the driver received it.
 *
 * @param sql        the statement text with its {@code ?} placeholders
 * @param parameters the bound values in placeholder order; a {@link NullParameter} for an SQL NULL
 * @param query      true when it returned rows
 */
record RecordedStatement(String sql, List<Object> parameters, boolean query) {

    /** An SQL NULL bound with {@code setNull}, with its type. */
    record NullParameter(int sqlType) {
    }

    /**
     * @param parameters the new values, same count
     * @return this statement with other values bound
     */
    RecordedStatement withParameters(List<Object> parameters) {
        return new RecordedStatement(sql, List.copyOf(parameters), query);
    }

    @Override
    public String toString() {
        String values = parameters.toString();
        return sql.replaceAll("\\s+", " ").strip() + " "
                + (values.length() > 200 ? values.substring(0, 200) + "...]" : values);
    }
}
