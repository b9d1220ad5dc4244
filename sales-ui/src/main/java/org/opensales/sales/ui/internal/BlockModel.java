package org.opensales.sales.ui.internal;

import org.opensales.sales.api.SalespersonTotals;

/**
 * What one salesperson's block shows apart from its items.
 *
 * @param userId      the salesperson's user id
 * @param displayName the caption of the block
 * @param totals      the figures of the block's footer
 */
record BlockModel(String userId, String displayName, SalespersonTotals totals) {
}
