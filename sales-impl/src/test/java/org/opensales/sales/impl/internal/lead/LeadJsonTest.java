package org.opensales.sales.impl.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.LeadOutcome.Status;
import org.opensales.sales.api.ValidationException;

class LeadJsonTest {

    @Test
    void readsEveryMemberOfALead() {
        Lead lead = LeadJson.read(bytes("""
                {"leadId":"ma-1","personName":"Anna \\u00e9 \\"A\\"","companyName":"Zon","email":"a@zon.example",
                 "phone":"020 1","source":"Website","score":70,"salesReady":true,"interest":"Ovens","extra":[1]}"""));

        assertThat(lead).isEqualTo(new Lead("ma-1", "Anna é \"A\"", "Zon", "a@zon.example", "020 1", "Website", 70,
                true, "Ovens"));
    }

    @Test
    void absentTextsAreEmptyAndAbsentSalesReadyIsFalse() {
        Lead lead = LeadJson.read(bytes("{\"leadId\":\"x\",\"score\":0,\"email\":null}"));

        assertThat(lead).isEqualTo(new Lead("x", "", "", "", "", "", 0, false, ""));
    }

    @Test
    void membersOfTheWrongTypeAreNamed() {
        assertThatThrownBy(() -> LeadJson.read(bytes(
                "{\"leadId\":12,\"score\":\"high\",\"salesReady\":\"yes\",\"email\":{}}")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("leadId", "must be a string"),
                        new FieldViolation("email", "must be a string"),
                        new FieldViolation("score", "must be a whole number between 0 and 100"),
                        new FieldViolation("salesReady", "must be true or false")));
    }

    @Test
    void aMissingScoreIsRequired() {
        assertThatThrownBy(() -> LeadJson.read(bytes("{\"leadId\":\"x\"}")))
                .isInstanceOf(ValidationException.class).hasMessage("score is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1]", "\"lead\"", "{\"leadId\":", "{\"a\":1} {}", "{\"a\":1,\"a\":2}", "{'a':1}"})
    void aBodyThatIsNotOneJsonObjectIsRejected(String body) {
        assertThatThrownBy(() -> LeadJson.read(bytes(body)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("body"));
    }

    @Test
    void writesOutcomes() {
        assertThat(LeadJson.outcome(new LeadOutcome(Status.QUALIFIED, "", 7, 9)))
                .isEqualTo("{\"status\":\"QUALIFIED\",\"contactId\":7,\"itemId\":9}");
        assertThat(LeadJson.outcome(new LeadOutcome(Status.DUPLICATE, "", 7, 9)))
                .isEqualTo("{\"status\":\"DUPLICATE\",\"contactId\":7,\"itemId\":9}");
        assertThat(LeadJson.outcome(new LeadOutcome(Status.REFUSED, "not marked sales-ready", 0, 0)))
                .isEqualTo("{\"status\":\"REFUSED\",\"reason\":\"not marked sales-ready\"}");
    }

    @Test
    void escapesWhatItWrites() {
        String json = LeadJson.errors(List.of(new FieldViolation("contact", "refused: \"x\"\n\\ </script>")));

        assertThat(json).isEqualTo("{\"errors\":[{\"field\":\"contact\",\"rule\":\"refused: \\\"x\\\"\\n\\\\ </script>\"}]}");
        assertThat(LeadJson.error("a\u0001b")).isEqualTo("{\"error\":\"a\\u0001b\"}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
