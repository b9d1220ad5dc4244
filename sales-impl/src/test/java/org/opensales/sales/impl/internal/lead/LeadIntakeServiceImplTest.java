package org.opensales.sales.impl.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.opensales.host.api.Contact;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.LeadOutcome.Status;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

class LeadIntakeServiceImplTest {

    private final LeadIntakeFixture fixture = new LeadIntakeFixture();

    @Test
    void qualifiedLeadRegistersTheContactAndCreatesAProspectItemWithTheSource() throws Exception {
        Lead lead = new Lead(newId(), "Anna de Vries", "Bakkerij Zon", "anna@zon.example", "+31 20 123",
                "Trade fair", 70, true, "Ovens for the new branch");

        LeadOutcome outcome = fixture.intake().submit(lead);

        assertThat(outcome.status()).isEqualTo(Status.QUALIFIED);
        assertThat(outcome.reason()).isEmpty();
        Contact contact = fixture.contacts.find(outcome.contactId()).orElseThrow();
        assertThat(contact).isEqualTo(new Contact(outcome.contactId(), "Anna de Vries", "Bakkerij Zon",
                "anna@zon.example", "+31 20 123"));
        SalesItem item = asManager(() -> fixture.sales.get(outcome.itemId()).orElseThrow());
        assertThat(item.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(item.source()).isEqualTo("Trade fair");
        assertThat(item.salespersonId()).isEqualTo("pieter");
        assertThat(item.contactId()).isEqualTo(contact.id());
        assertThat(item.title()).isEqualTo("Ovens for the new branch");
        assertThat(item.createdBy()).isEqualTo("sanne");
        assertThat(fixture.contacts.size()).isEqualTo(1);
        assertThat(fixture.newItems()).isEqualTo(1);
        assertThat(fixture.newLeadRows()).isEqualTo(1);
    }

    @Test
    void withoutInterestTheTitleNamesTheCompanyOrElseThePerson() throws Exception {
        LeadOutcome company = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "Jan Smit", "Smit Installaties", "jan@smit.example", "", 50, true));
        LeadOutcome person = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "Eva Bos", "", "", "020 555", 50, true));

        assertThat(asManager(() -> fixture.sales.get(company.itemId()).orElseThrow().title()))
                .isEqualTo("Lead: Smit Installaties");
        assertThat(asManager(() -> fixture.sales.get(person.itemId()).orElseThrow().title()))
                .isEqualTo("Lead: Eva Bos");
        assertThat(fixture.contacts.find(person.contactId()).orElseThrow().company()).isEmpty();
    }

    @Test
    void anExistingContactIsMatchedByEmailIgnoringCase() {
        Contact known = fixture.contacts.add("Anna de Vries", "Bakkerij Zon", "Anna@Zon.example", "");
        fixture.contacts.add("Annabel", "", "anna@zon.example.org", "");

        LeadOutcome outcome = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "A. de Vries", "Other name", "anna@zon.EXAMPLE", "", 60, true));

        assertThat(outcome.status()).isEqualTo(Status.QUALIFIED);
        assertThat(outcome.contactId()).isEqualTo(known.id());
        assertThat(fixture.contacts.size()).isEqualTo(2);
    }

    @Test
    void withoutAnEmailMatchTheCompanyIsMatchedByName() {
        Contact person = fixture.contacts.add("Bert Zon", "Bakkerij Zon", "bert@zon.example", "");
        Contact company = fixture.contacts.add("Bakkerij Zon", "", "", "");
        fixture.contacts.add("Bakkerij Zonnig", "", "", "");

        LeadOutcome outcome = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "Carla", "bakkerij zon", "carla@zon.example", "", 60, true));

        assertThat(outcome.contactId()).as("the company contact rather than a person at it").isEqualTo(company.id());
        assertThat(outcome.contactId()).isNotEqualTo(person.id());
        assertThat(fixture.contacts.size()).isEqualTo(3);
    }

    @Test
    void aPersonAtTheCompanyIsMatchedWhenTheCompanyItselfIsNotInTheAddressBook() {
        Contact person = fixture.contacts.add("Bert Zon", "Bakkerij Zon", "bert@zon.example", "");

        LeadOutcome outcome = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "", "Bakkerij Zon", "", "020 1", 60, true));

        assertThat(outcome.contactId()).isEqualTo(person.id());
        assertThat(fixture.contacts.size()).isEqualTo(1);
    }

    @Test
    void aLeadNotMarkedSalesReadyIsRefusedAndWritesNothing() {
        LeadOutcome outcome = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "anna@zon.example", "", 90, false));

        assertRefusedWithNothingWritten(outcome, "not marked sales-ready");
    }

    @Test
    void aLeadBelowTheMinimumScoreIsRefusedAndWritesNothing() {
        LeadOutcome outcome = fixture.intake(Map.of("minimumScore", 50)).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "anna@zon.example", "", 35, true));

        assertRefusedWithNothingWritten(outcome, "score 35 is below the minimum 50");
    }

    @Test
    void aLeadWithoutEmailOrPhoneIsRefusedByDefault() {
        LeadOutcome outcome = fixture.intake().submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "", "", 90, true));

        assertRefusedWithNothingWritten(outcome, "has no e-mail address or phone number");
    }

    @Test
    void aLeadWithOnlyAPhoneIsRefusedWhenAnEmailIsRequired() {
        LeadOutcome outcome = fixture.intake(Map.of("requiredContactData", RequiredContactData.EMAIL)).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "", "020 1", 90, true));

        assertRefusedWithNothingWritten(outcome, "has no e-mail address");
    }

    @Test
    void aRefusalNamesEveryFailedPart() {
        LeadOutcome outcome = fixture.intake(Map.of("minimumScore", 50)).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "", "", 10, false));

        assertRefusedWithNothingWritten(outcome,
                "not marked sales-ready; score 10 is below the minimum 50; has no e-mail address or phone number");
    }

    @Test
    void theRuleIsConfigurable() {
        LeadOutcome outcome = fixture.intake(Map.of("requireSalesReady", false,
                "requiredContactData", RequiredContactData.NONE)).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "Zon", "", "", 0, false));

        assertThat(outcome.status()).isEqualTo(Status.QUALIFIED);
    }

    @Test
    void aLeadIdSubmittedAgainIsADuplicateOfTheFirstAndWritesNothingNew() {
        String id = newId();
        LeadOutcome first = fixture.intake().submit(
                LeadIntakeFixture.lead(id, "Anna", "Zon", "anna@zon.example", "", 70, true));

        LeadOutcome again = fixture.intake().submit(
                LeadIntakeFixture.lead(id, "Someone else", "Elsewhere", "other@else.example", "", 10, false));

        assertThat(again).isEqualTo(new LeadOutcome(Status.DUPLICATE, "", first.contactId(), first.itemId()));
        assertThat(fixture.contacts.size()).isEqualTo(1);
        assertThat(fixture.newItems()).isEqualTo(1);
        assertThat(fixture.newLeadRows()).isEqualTo(1);
    }

    @Test
    void leadIdsAreComparedExactly() {
        String id = newId();
        LeadOutcome lower = fixture.intake().submit(LeadIntakeFixture.lead(id, "Anna", "", "anna@zon.example", "", 70, true));

        LeadOutcome upper = fixture.intake().submit(
                LeadIntakeFixture.lead(" " + id.toUpperCase() + " ", "Anna", "", "anna@zon.example", "", 70, true));

        assertThat(upper.status()).isEqualTo(Status.QUALIFIED);
        assertThat(upper.contactId()).as("the same contact, matched by e-mail").isEqualTo(lower.contactId());
        assertThat(upper.itemId()).isNotEqualTo(lower.itemId());
        assertThat(fixture.newLeadRows()).isEqualTo(2);
    }

    @Test
    void anInvalidLeadIsRejectedNamingEachFieldAndWritesNothing() {
        Lead lead = new Lead(" ", "", null, "not-an-address", "call me", "No such source", 101, true,
                "x".repeat(201));

        assertThatThrownBy(() -> fixture.intake().submit(lead))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("leadId", "personName", "email", "phone", "source", "score", "interest"))
                .hasMessageContaining("leadId is required")
                .hasMessageContaining("personName or companyName is required")
                .hasMessageContaining("source must be an active lead source")
                .hasMessageContaining("score must be between 0 and 100");
        assertNothingWritten();
    }

    @Test
    void leadIdAndNamesHaveMaximumLengths() {
        Lead lead = new Lead("i".repeat(101), "p".repeat(201), "c".repeat(201), "", "", "Website", 50, true, "");

        assertThatThrownBy(() -> fixture.intake().submit(lead))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("leadId", "personName", "companyName"));
        assertNothingWritten();
    }

    @Test
    void anInactiveSourceIsRejected() throws Exception {
        fixture.users.runAs("sanne", () -> fixture.catalog.saveSource(
                new LeadSource("Old fair", BigDecimal.ZERO, false)));

        assertThatThrownBy(() -> fixture.intake().submit(new Lead(newId(), "Anna", "", "a@b.example", "",
                "Old fair", 50, true, ""))).isInstanceOf(ValidationException.class)
                .hasMessage("source must be an active lead source");
        assertNothingWritten();
    }

    @Test
    void theSourceIsStoredAsTheCatalogSpellsIt() throws Exception {
        LeadOutcome outcome = fixture.intake().submit(new Lead(newId(), "Anna", "", "a@b.example", "",
                " trade FAIR ", 50, true, ""));

        assertThat(asManager(() -> fixture.sales.get(outcome.itemId()).orElseThrow().source())).isEqualTo("Trade fair");
    }

    @Test
    void withoutAssignToTheIntakeFailsLoudlyAndWritesNothing() {
        assertThatThrownBy(() -> fixture.intake(Map.of("assignTo", "", "runAs", "")).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "", "a@b.example", "", 50, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lead intake is not configured: assignTo");
        assertNothingWritten();
    }

    @Test
    void assignToMustBeASalespersonAndRunAsMayCreateTheirItems() {
        Lead lead = LeadIntakeFixture.lead(newId(), "Anna", "", "a@b.example", "", 50, true);

        assertThatThrownBy(() -> fixture.intake(Map.of("assignTo", "vera")).submit(lead))
                .hasMessageContaining("assignTo user vera is not a salesperson");
        assertThatThrownBy(() -> fixture.intake(Map.of("assignTo", "nobody")).submit(lead))
                .hasMessageContaining("assignTo names no user: nobody");
        assertThatThrownBy(() -> fixture.intake(Map.of("runAs", "fatima")).submit(lead))
                .hasMessageContaining("runAs user fatima may not create items for pieter");
        assertNothingWritten();
    }

    @Test
    void runAsDefaultsToTheAssignedSalesperson() throws Exception {
        LeadOutcome outcome = fixture.intake(Map.of("runAs", "")).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "", "a@b.example", "", 50, true));

        assertThat(asManager(() -> fixture.sales.get(outcome.itemId()).orElseThrow().createdBy())).isEqualTo("pieter");
    }

    @Test
    void whenTheItemCannotBeCreatedTheErrorSaysTheNewContactStaysAndNoLeadIsRecorded() {
        var failing = new FailingSalesService();

        assertThatThrownBy(() -> fixture.intake(Map.of(), failing).submit(
                LeadIntakeFixture.lead(newId(), "Anna", "", "a@b.example", "", 50, true)))
                .hasMessageContaining("Cannot create the sales item of lead")
                .hasMessageContaining("was registered in the address book and stays there");
        assertThat(fixture.newLeadRows()).isZero();
        assertThat(fixture.newItems()).isZero();
    }

    private void assertRefusedWithNothingWritten(LeadOutcome outcome, String reason) {
        assertThat(outcome).isEqualTo(new LeadOutcome(Status.REFUSED, reason, 0, 0));
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(fixture.contacts.size()).isZero();
        assertThat(fixture.newItems()).isZero();
        assertThat(fixture.newLeadRows()).isZero();
    }

    private <T> T asManager(Callable<T> task) throws Exception {
        return fixture.users.runAs("sanne", task);
    }

    static String newId() {
        return "ma-" + UUID.randomUUID();
    }

    /** A SalesService whose create always fails, as when the database goes away mid-intake. */
    private static final class FailingSalesService extends ForwardingSalesService {

        FailingSalesService() {
            super(null);
        }

        @Override
        public SalesItem create(NewSalesItem item) {
            throw new SalesException("the database is gone");
        }
    }
}
