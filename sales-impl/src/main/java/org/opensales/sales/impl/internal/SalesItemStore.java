package org.opensales.sales.impl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.session.SqlSession;
import org.opensales.sales.api.SalesItem;

/**
 * Reads and writes whole sales items, with their extra contacts, tags and shares, through one
 * session; every write updates the report rollups too. The caller owns the session and its transaction.
 */
final class SalesItemStore {

    private final SqlSession session;
    private final SalesItemMapper mapper;
    private final RollupWriter rollups;

    SalesItemStore(SqlSession session) {
        this.session = session;
        this.mapper = session.getMapper(SalesItemMapper.class);
        this.rollups = new RollupWriter(session);
    }

    /** @return the item, or null */
    SalesItem find(long id) {
        SalesItemRow row = mapper.findById(id);
        return row == null ? null : assemble(List.of(row)).get(0);
    }

    /** @return the item, locked until the transaction ends, or null */
    SalesItem lock(long id) {
        SalesItemRow row = mapper.lockById(id);
        return row == null ? null : assemble(List.of(row)).get(0);
    }

    /** @return the id of the inserted item */
    long insert(SalesItem item) {
        SalesItemRow row = SalesItemRow.of(item);
        mapper.insert(row);
        writeChildren(row.id, item);
        rollups.write(null, item);
        return row.id;
    }

    /**
     * @param before the item as stored, locked by this transaction
     * @param item   the item to store, with the id and version of {@code before}
     * @return false when the id or the version did not match
     */
    boolean update(SalesItem before, SalesItem item) {
        if (mapper.update(SalesItemRow.of(item)) == 0) {
            return false;
        }
        rewriteChangedChildren(before, item);
        rollups.write(before, item);
        return true;
    }

    /**
     * Reads an item just saved in this transaction: its row, with the child rows it was saved with.
     *
     * @param saved the item as passed to {@link #update}
     * @return the item as stored, with its new version and time of change
     */
    SalesItem reread(SalesItem saved) {
        return mapper.findById(saved.id()).toItem(List.copyOf(new LinkedHashSet<>(saved.extraContactIds())),
                saved.tags(), saved.sharedWith());
    }

    /** Most edits change one cell: the child rows are rewritten only when they changed. */
    private void rewriteChangedChildren(SalesItem before, SalesItem item) {
        long id = item.id();
        List<Long> contacts = List.copyOf(new LinkedHashSet<>(item.extraContactIds()));
        if (!contacts.equals(List.copyOf(new LinkedHashSet<>(before.extraContactIds())))) {
            mapper.deleteExtraContacts(id);
            if (!contacts.isEmpty()) {
                mapper.insertExtraContacts(id, contacts);
            }
        }
        if (!item.tags().equals(before.tags())) {
            mapper.deleteTags(id);
            if (!item.tags().isEmpty()) {
                mapper.insertTags(id, item.tags());
            }
        }
        if (!item.sharedWith().equals(before.sharedWith())) {
            mapper.deleteShares(id);
            if (!item.sharedWith().isEmpty()) {
                mapper.insertShares(id, item.sharedWith());
            }
        }
    }

    /**
     * @param rows rows of sales_item
     * @return the items, in the order of the rows, with their child rows read in one query
     */
    List<SalesItem> assemble(List<SalesItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<Long, List<String>>> children = byKindAndItem(
                ChildRowQuery.of(session.getConnection(), rows.stream().map(row -> row.id).toList()));
        Map<Long, List<String>> contacts = children.getOrDefault("C", Map.of());
        Map<Long, List<String>> tags = children.getOrDefault("T", Map.of());
        Map<Long, List<String>> shares = children.getOrDefault("S", Map.of());
        List<SalesItem> items = new ArrayList<>(rows.size());
        for (SalesItemRow row : rows) {
            items.add(row.toItem(
                    contacts.getOrDefault(row.id, List.of()).stream().map(Long::valueOf).toList(),
                    Set.copyOf(tags.getOrDefault(row.id, List.of())),
                    Set.copyOf(shares.getOrDefault(row.id, List.of()))));
        }
        return items;
    }

    private void writeChildren(long itemId, SalesItem item) {
        List<Long> contacts = List.copyOf(new LinkedHashSet<>(item.extraContactIds()));
        if (!contacts.isEmpty()) {
            mapper.insertExtraContacts(itemId, contacts);
        }
        if (!item.tags().isEmpty()) {
            mapper.insertTags(itemId, item.tags());
        }
        if (!item.sharedWith().isEmpty()) {
            mapper.insertShares(itemId, item.sharedWith());
        }
    }

    private static Map<String, Map<Long, List<String>>> byKindAndItem(List<ChildRow> rows) {
        Map<String, Map<Long, List<String>>> result = new HashMap<>();
        for (ChildRow row : rows) {
            result.computeIfAbsent(row.kind, k -> new HashMap<>())
                    .computeIfAbsent(row.itemId, k -> new ArrayList<>()).add(row.value);
        }
        return result;
    }
}
