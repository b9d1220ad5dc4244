package org.opensales.sales.impl.internal.lead;

import java.util.Optional;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadIntakeService;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.impl.internal.SalesDatabase;
import org.opensales.sales.impl.internal.lead.ContactMatcher.Match;
import org.opensales.sales.impl.internal.lead.LeadLedger.Claim;
import org.opensales.sales.impl.internal.lead.LeadLedger.Entry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Takes leads in: validates, recognises a lead id seen before, applies the qualification rule, and
 * for a qualified lead matches or registers the contact and creates a PROSPECT item for the
 * configured salesperson. Everything runs as the configured user, through the same SalesService
 * rules as every other caller. A refused or invalid lead writes nothing.
 */
@Component(service = LeadIntakeService.class, configurationPid = LeadIntakeConfig.PID)
@Designate(ocd = LeadIntakeConfig.class)
public final class LeadIntakeServiceImpl implements LeadIntakeService {

    private final IntakeSettings settings;
    private final UserDirectory users;
    private final SalesService sales;
    private final LeadValidator validator;
    private final ContactMatcher contacts;
    private final LeadLedger ledger;

    /**
     * @param config   the qualification rule and who receives the items
     * @param database the Sales database, for the record of lead ids
     * @param sales    creates the items
     * @param catalog  the managed list of sources
     * @param contacts the host's address book
     * @param users    the host's users
     */
    @Activate
    public LeadIntakeServiceImpl(LeadIntakeConfig config, @Reference SalesDatabase database,
                                 @Reference SalesService sales, @Reference SalesCatalog catalog,
                                 @Reference ContactRegistry contacts, @Reference UserDirectory users) {
        this.settings = IntakeSettings.of(config);
        this.users = users;
        this.sales = sales;
        this.validator = new LeadValidator(catalog);
        this.contacts = new ContactMatcher(contacts);
        this.ledger = new LeadLedger(database);
    }

    @Override
    public LeadOutcome submit(Lead lead) {
        settings.check(users);
        try {
            return users.runAs(settings.runAs(), () -> take(lead));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SalesException("Cannot take the lead in: " + e.getMessage(), e);
        }
    }

    private LeadOutcome take(Lead submitted) {
        Lead lead = validator.validate(submitted);
        Optional<Entry> earlier = ledger.find(lead.leadId());
        if (earlier.isPresent()) {
            return duplicate(earlier.get());
        }
        Optional<String> refusal = settings.rule().refusal(lead);
        if (refusal.isPresent()) {
            return new LeadOutcome(LeadOutcome.Status.REFUSED, refusal.get(), 0, 0);
        }
        Optional<Claim> claimed = ledger.claim(lead.leadId());
        if (claimed.isEmpty()) {
            return duplicate(ledger.find(lead.leadId()).orElseThrow(() -> new SalesException(
                    "The lead " + lead.leadId() + " was recorded and vanished again")));
        }
        try (Claim claim = claimed.get()) {
            Match match = contacts.matchOrRegister(lead);
            SalesItem item = createItem(lead, match);
            try {
                claim.complete(match.contact().id(), item.id());
            } catch (RuntimeException e) {
                throw new SalesException(e.getMessage() + "; sales item " + item.id() + " was created"
                        + (match.registered() ? " and contact " + match.contact().id() + " registered" : ""), e);
            }
            return new LeadOutcome(LeadOutcome.Status.QUALIFIED, "", match.contact().id(), item.id());
        }
    }

    private SalesItem createItem(Lead lead, Match match) {
        try {
            return sales.create(new NewSalesItem(title(lead), match.contact().id(), settings.assignTo(),
                    Phase.PROSPECT, null, null, null, null, lead.source(), description(lead), null, null, null));
        } catch (RuntimeException e) {
            if (!match.registered()) {
                throw e;
            }
            throw new SalesException("Cannot create the sales item of lead " + lead.leadId() + ": "
                    + e.getMessage() + "; contact " + match.contact().id()
                    + " was registered in the address book and stays there", e);
        }
    }

    private static String title(Lead lead) {
        if (!lead.interest().isEmpty()) {
            return lead.interest();
        }
        String title = "Lead: " + (lead.companyName().isEmpty() ? lead.personName() : lead.companyName());
        return LeadValidator.length(title) <= LeadValidator.MAX_INTEREST ? title
                : title.substring(0, title.offsetByCodePoints(0, LeadValidator.MAX_INTEREST));
    }

    private static String description(Lead lead) {
        return "Lead " + lead.leadId() + " (score " + lead.score() + ")";
    }

    private static LeadOutcome duplicate(Entry entry) {
        return new LeadOutcome(LeadOutcome.Status.DUPLICATE, "", entry.contactId(), entry.itemId());
    }
}
