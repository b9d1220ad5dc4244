package org.opensales.sales.api;

/**
 * An entry of the managed list of reasons why sales items are lost, such as "Price too high".
 *
 * @param name   the reason, unique, at most 100 characters
 * @param active false when the reason may no longer be chosen
 */
public record LostReason(String name, boolean active) {
}
