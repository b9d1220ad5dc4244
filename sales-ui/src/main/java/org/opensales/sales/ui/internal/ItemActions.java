package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.opensales.host.api.Contact;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

/**
 * The actions on single items: create one, mark one won or lost, share one. A row action puts the
 * saved item into the row and refreshes the figures; creating refreshes the blocks as well. The
 * service's refusals come back as the result's message, as written by the service.
 */
final class ItemActions {

    /** How many contacts the contact search of the new item dialog offers. */
    static final int CONTACT_SEARCH_LIMIT = 20;

    private final SalesServices services;
    private final Messages messages;
    private final Runnable figuresChanged;
    private final Runnable itemsChanged;

    ItemActions(SalesServices services, Messages messages, Runnable figuresChanged, Runnable itemsChanged) {
        this.services = services;
        this.messages = messages;
        this.figuresChanged = figuresChanged;
        this.itemsChanged = itemsChanged;
    }

    ActionResult create(NewSalesItem item) {
        try {
            SalesItem created = services.sales().create(item);
            itemsChanged.run();
            return ActionResult.done(messages.format(Text.CREATED, created.title()));
        } catch (ValidationException e) {
            return ActionResult.invalid(e);
        } catch (SalesException e) {
            return ActionResult.failed(e.getMessage());
        }
    }

    ActionResult markWon(SalesRow row) {
        SalesItem item = row.item();
        return change(row, Text.MARKED_WON, () -> services.sales().markWon(item.id(), item.version()));
    }

    ActionResult markLost(SalesRow row, String reason, String note) {
        SalesItem item = row.item();
        return change(row, Text.MARKED_LOST,
                () -> services.sales().markLost(item.id(), item.version(), reason, note == null ? "" : note));
    }

    ActionResult share(SalesRow row, Set<String> userIds) {
        SalesItem changed = row.item().toBuilder().sharedWith(userIds).build();
        return change(row, Text.SHARED, () -> services.sales().update(changed));
    }

    /** @return the contacts whose name, company or e-mail contains the text, at most {@value #CONTACT_SEARCH_LIMIT} */
    List<Contact> searchContacts(String text) {
        return services.contacts().search(text == null ? "" : text, CONTACT_SEARCH_LIMIT);
    }

    /** @return the names of the lost reasons that may be chosen */
    List<String> activeLostReasons() {
        return services.catalog().lostReasons().stream().filter(LostReason::active).map(LostReason::name).toList();
    }

    /** @return the names of the sources that may be chosen for a new item */
    List<String> activeSources() {
        return services.catalog().sources().stream().filter(LeadSource::active).map(LeadSource::name).toList();
    }

    /** @return every user an item may be shared with: all users except the item's owner */
    List<CrmUser> shareCandidates(SalesRow row) {
        return services.users().users().stream().filter(u -> !u.id().equals(row.item().salespersonId())).toList();
    }

    Optional<CrmUser> currentUser() {
        return services.users().currentUser();
    }

    private ActionResult change(SalesRow row, Text done, Supplier<SalesItem> call) {
        try {
            row.item(call.get());
            figuresChanged.run();
            return ActionResult.done(messages.format(done, row.item().title()));
        } catch (ValidationException e) {
            return ActionResult.invalid(e);
        } catch (ConflictException | NotFoundException e) {
            Optional<SalesItem> stored = services.sales().get(row.id());
            stored.ifPresent(row::item);
            figuresChanged.run();
            return ActionResult.failed(stored.isPresent() ? messages.get(Text.CONFLICT) : e.getMessage());
        } catch (SalesException e) {
            return ActionResult.failed(e.getMessage());
        }
    }
}
