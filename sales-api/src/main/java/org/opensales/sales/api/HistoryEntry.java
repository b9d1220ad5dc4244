package org.opensales.sales.api;

import java.time.Instant;

/**
 * One change of one field of a sales item, as kept in its append-only history.
 *
 * @param itemId   the item's id
 * @param at       when the change was saved
 * @param userId   who saved it
 * @param field    which field changed
 * @param oldValue the value before, as text (ISO dates, plain decimals); empty when there was none
 * @param newValue the value after, as text; empty when cleared
 */
public record HistoryEntry(long itemId, Instant at, String userId, HistoryField field, String oldValue,
                           String newValue) {
}
