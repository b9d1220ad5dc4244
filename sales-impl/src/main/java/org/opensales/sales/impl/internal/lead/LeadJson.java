package org.opensales.sales.impl.internal.lead;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadOutcome;
import org.opensales.sales.api.ValidationException;
import org.opensales.sales.impl.internal.Violations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of the lead endpoint: reads a lead from a request body and writes outcomes and errors.
 * Jackson escapes every string it writes, so values from a request never reach a response raw.
 */
final class LeadJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LeadJson() {
    }

    /**
     * Reads a lead. Unknown members are ignored; a missing text is empty and a missing
     * {@code salesReady} false.
     *
     * @param body the request body
     * @return the lead
     * @throws ValidationException when the body is not a JSON object or a member has the wrong type
     */
    static Lead read(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("body", "must be valid JSON");
        } catch (IOException e) {
            throw invalid("body", "cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        List<FieldViolation> violations = new ArrayList<>();
        Lead lead = new Lead(text(root, "leadId", violations), text(root, "personName", violations),
                text(root, "companyName", violations), text(root, "email", violations),
                text(root, "phone", violations), text(root, "source", violations), score(root, violations),
                salesReady(root, violations), text(root, "interest", violations));
        Violations.throwIfAny(violations);
        return lead;
    }

    /**
     * @param outcome the outcome of a submission
     * @return {@code {"status":..,"reason":..}} for a refusal, else the status with contact and item ids
     */
    static String outcome(LeadOutcome outcome) {
        ObjectNode json = MAPPER.createObjectNode().put("status", outcome.status().name());
        if (outcome.status() == LeadOutcome.Status.REFUSED) {
            json.put("reason", outcome.reason());
        } else {
            json.put("contactId", outcome.contactId()).put("itemId", outcome.itemId());
        }
        return write(json);
    }

    /**
     * @param violations the broken rules
     * @return {@code {"errors":[{"field":..,"rule":..}]}}
     */
    static String errors(List<FieldViolation> violations) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode errors = json.putArray("errors");
        violations.forEach(v -> errors.addObject().put("field", v.field()).put("rule", v.rule()));
        return write(json);
    }

    /**
     * @param message what went wrong
     * @return {@code {"error":..}}
     */
    static String error(String message) {
        return write(MAPPER.createObjectNode().put("error", message));
    }

    private static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String field, List<FieldViolation> violations) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            violations.add(new FieldViolation(field, "must be a string"));
            return "";
        }
        return node.textValue();
    }

    private static int score(JsonNode root, List<FieldViolation> violations) {
        JsonNode node = root.get("score");
        if (node == null || node.isNull()) {
            violations.add(new FieldViolation("score", "is required"));
        } else if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            violations.add(new FieldViolation("score", "must be a whole number between 0 and 100"));
        } else {
            return node.intValue();
        }
        return 0;
    }

    private static boolean salesReady(JsonNode root, List<FieldViolation> violations) {
        JsonNode node = root.get("salesReady");
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            violations.add(new FieldViolation("salesReady", "must be true or false"));
            return false;
        }
        return node.booleanValue();
    }

    private static ValidationException invalid(String field, String rule) {
        return new ValidationException(List.of(new FieldViolation(field, rule)));
    }
}
