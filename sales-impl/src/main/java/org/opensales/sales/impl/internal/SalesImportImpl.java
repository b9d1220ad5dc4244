package org.opensales.sales.impl.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bulk path: validates a whole call first, with the host's registries asked once per call rather
 * than once per item, then writes the items, their child rows, one history entry each and the
 * rollups' sums with multi-row statements in one transaction.
 */
@Component(service = SalesImport.class)
public final class SalesImportImpl implements SalesImport {

    /** Violations listed in one exception at most; a call full of bad items stays readable. */
    static final int MAX_REPORTED = 200;

    private final SalesDatabase database;
    private final ContactRegistry contacts;
    private final UserDirectory users;
    private final SalesAccess access;

    /**
     * @param database the Sales database
     * @param contacts the host's address book, to check contact references
     * @param users    the host's users: the current user, and salesperson and share references
     */
    @Activate
    public SalesImportImpl(@Reference SalesDatabase database, @Reference ContactRegistry contacts,
                           @Reference UserDirectory users) {
        this.database = database;
        this.contacts = contacts;
        this.users = users;
        this.access = new SalesAccess(users);
    }

    @Override
    public List<Long> importItems(List<SalesItem> items) {
        String importer = access.manager().userId();
        checkSize(items);
        try (SqlSession session = database.openSession()) {
            List<SalesItem> stamped = stamp(items, importer);
            Violations.throwIfAny(violations(stamped, session.getMapper(SalesCatalogMapper.class)));
            return write(session, stamped);
        }
    }

    /*
     * MyBatis does not see writes made on its connection, so it would neither commit nor roll them back
     * by itself: both are forced here, and closing the session must never find pending writes. The
     * rollups take the sums of the whole call, one upsert per rollup row.
     */
    private static List<Long> write(SqlSession session, List<SalesItem> items) {
        try {
            List<Long> ids = new ImportWriter(session.getConnection()).write(items);
            new RollupWriter(session).write(RollupDeltas.ofNew(items));
            session.commit(true);
            return ids;
        } catch (SQLException | RuntimeException e) {
            session.rollback(true);
            throw e instanceof RuntimeException r ? r
                    : new IllegalStateException("import of " + items.size() + " sales items failed", e);
        }
    }

    private static void checkSize(List<SalesItem> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS_PER_CALL) {
            throw new ValidationException(List.of(new FieldViolation("items",
                    "must hold 1 to " + MAX_ITEMS_PER_CALL + " items")));
        }
    }

    /** Fills what the caller may leave out: who created the item and when. */
    private static List<SalesItem> stamp(List<SalesItem> items, String importer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<SalesItem> stamped = new ArrayList<>(items.size());
        for (SalesItem item : items) {
            if (item == null) {
                stamped.add(null);
                continue;
            }
            Instant created = item.createdAt() == null ? now : item.createdAt();
            stamped.add(item.toBuilder()
                    .createdBy(item.createdBy().isEmpty() ? importer : item.createdBy())
                    .updatedBy(item.updatedBy().isEmpty() ? importer : item.updatedBy())
                    .createdAt(created)
                    .updatedAt(item.updatedAt() == null ? created : item.updatedAt())
                    .build());
        }
        return stamped;
    }

    private List<FieldViolation> violations(List<SalesItem> items, SalesCatalogMapper catalog) {
        Set<Long> known = knownContacts(items);
        Map<String, Optional<CrmUser>> userCache = new HashMap<>();
        SalesItemValidator validator = new SalesItemValidator(known::contains,
                id -> userCache.computeIfAbsent(id, users::find));
        CachedCatalog cachedCatalog = new CachedCatalog(catalog);
        List<FieldViolation> all = new ArrayList<>();
        for (int i = 0; i < items.size() && all.size() < MAX_REPORTED; i++) {
            SalesItem item = items.get(i);
            String prefix = "items[" + i + "]";
            if (item == null) {
                all.add(new FieldViolation(prefix, "is required"));
            } else if (item.phase() == null) {
                all.add(new FieldViolation(prefix + ".phase", "is required"));
            } else {
                validator.importViolations(item, cachedCatalog).forEach(v ->
                        all.add(new FieldViolation(prefix + "." + v.field(), v.rule())));
            }
        }
        return all;
    }

    private Set<Long> knownContacts(List<SalesItem> items) {
        Set<Long> ids = new HashSet<>();
        for (SalesItem item : items) {
            if (item != null) {
                ids.add(item.contactId());
                item.extraContactIds().stream().filter(id -> id != null).forEach(ids::add);
            }
        }
        Set<Long> known = new HashSet<>();
        contacts.findAll(ids).stream().map(Contact::id).forEach(known::add);
        return known;
    }
}
