package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * An entry of the managed list of lead sources, such as a trade fair or a campaign. Its cost is what
 * the source's return on investment is measured against.
 *
 * @param name         the source's name, unique, at most 100 characters
 * @param campaignCost what the source cost, at least 0
 * @param active       false when the source may no longer be chosen for new items
 */
public record LeadSource(String name, BigDecimal campaignCost, boolean active) {
}
