package org.canopy.platform.core.plugins;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.canopy.platform.core.common.FieldError;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A module's reference data file, read and checked whole: a version (a whole number above 0, newer
 * is higher), who recorded it, and its rules, each with its rule set, a key, the dates it is in
 * effect (inclusive), a JSON payload and a source (a web address, a note, or both). Within a rule
 * set, keys are unique and no two rules are in effect on the same day, so a date finds one rule.
 */
record ReferenceFile(int version, Optional<String> recordedBy, List<Rule> rules) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}");
    private static final int LONGEST_TEXT = 2000;

    /** One rule as the file gives it; {@code payload} is JSON text. */
    record Rule(String ruleSet, String key, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo, String payload,
                Optional<String> sourceUrl, Optional<String> sourceNote) {
    }

    /** A file that breaks the format, with every fault found, named by where it is ({@code rules[2].effectiveFrom}). */
    static final class Invalid extends RuntimeException {

        private final transient List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    List<String> ruleSets() {
        return rules.stream().map(Rule::ruleSet).distinct().toList();
    }

    static ReferenceFile parse(String text) {
        JsonObject file;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            file = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid(List.of(new FieldError("file", "must be a JSON object: " + e.getMessage())));
        }
        List<FieldError> errors = new ArrayList<>();
        int version = version(file.get("version"), errors);
        Optional<String> recordedBy = text(file, "recordedBy", "recordedBy", 200, errors);
        List<Rule> rules = new ArrayList<>();
        JsonValue list = file.get("rules");
        if (!(list instanceof JsonArray array) || array.isEmpty()) {
            errors.add(new FieldError("rules", "must be a list of at least one rule"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                rule(array.get(i), "rules[" + i + "]", errors).ifPresent(rules::add);
            }
            checkEachDateFindsOneRule(rules, errors);
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new ReferenceFile(version, recordedBy, List.copyOf(rules));
    }

    private static int version(JsonValue value, List<FieldError> errors) {
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        errors.add(new FieldError("version", "must be a whole number above 0, higher than the version it replaces"));
        return 0;
    }

    private static Optional<Rule> rule(JsonValue value, String at, List<FieldError> errors) {
        if (!(value instanceof JsonObject rule)) {
            errors.add(new FieldError(at, "must be an object"));
            return Optional.empty();
        }
        int before = errors.size();
        Optional<String> ruleSet = name(rule, "ruleSet", at, errors);
        Optional<String> key = name(rule, "key", at, errors);
        Optional<LocalDate> from = date(rule, "effectiveFrom", at, errors);
        if (isMissing(rule.get("effectiveFrom"))) {
            errors.add(new FieldError(at + ".effectiveFrom", "is required: the first day the rule is in effect"));
        }
        Optional<LocalDate> to = date(rule, "effectiveTo", at, errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add(new FieldError(at + ".effectiveTo", "must not be before effectiveFrom"));
        }
        JsonValue payload = rule.get("payload");
        if (isMissing(payload)) {
            errors.add(new FieldError(at + ".payload", "is required: the rule's values as JSON"));
        }
        Optional<String> url = text(rule, "sourceUrl", at + ".sourceUrl", LONGEST_TEXT, errors);
        url.filter(address -> !isWebAddress(address))
                .ifPresent(address -> errors.add(new FieldError(at + ".sourceUrl", "must be an http or https address")));
        Optional<String> note = text(rule, "sourceNote", at + ".sourceNote", LONGEST_TEXT, errors);
        if (url.isEmpty() && note.isEmpty()) {
            errors.add(new FieldError(at + ".sourceUrl", "a rule needs its source: sourceUrl, sourceNote or both"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(ruleSet.orElseThrow(), key.orElseThrow(), from.orElseThrow(), to, payload.toString(), url, note));
    }

    private static void checkEachDateFindsOneRule(List<Rule> rules, List<FieldError> errors) {
        Map<String, List<Rule>> bySet = new LinkedHashMap<>();
        rules.forEach(rule -> bySet.computeIfAbsent(rule.ruleSet(), set -> new ArrayList<>()).add(rule));
        bySet.forEach((set, inSet) -> {
            if (inSet.stream().map(Rule::key).distinct().count() < inSet.size()) {
                errors.add(new FieldError("rules", "rule set " + set + " names a key twice"));
            }
            List<Rule> byStart = inSet.stream().sorted(Comparator.comparing(Rule::effectiveFrom)).toList();
            for (int i = 1; i < byStart.size(); i++) {
                Rule earlier = byStart.get(i - 1);
                Rule later = byStart.get(i);
                if (earlier.effectiveTo().map(to -> !to.isBefore(later.effectiveFrom())).orElse(true)) {
                    errors.add(new FieldError("rules", "in rule set " + set + ", " + earlier.key() + " and " + later.key()
                            + " are both in effect on " + later.effectiveFrom()));
                }
            }
        });
    }

    private static Optional<String> name(JsonObject rule, String field, String at, List<FieldError> errors) {
        if (rule.get(field) instanceof JsonString name && NAME.matcher(name.getString()).matches()) {
            return Optional.of(name.getString());
        }
        errors.add(new FieldError(at + "." + field, "is required: up to 100 lower-case letters, digits, '.', '_' or '-'"));
        return Optional.empty();
    }

    private static boolean isMissing(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static Optional<LocalDate> date(JsonObject rule, String field, String at, List<FieldError> errors) {
        JsonValue value = rule.get(field);
        if (isMissing(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(((JsonString) value).getString()));
        } catch (ClassCastException | DateTimeParseException e) {
            errors.add(new FieldError(at + "." + field, "must be a date such as 2025-09-01"));
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonObject object, String field, String at, int longest, List<FieldError> errors) {
        JsonValue value = object.get(field);
        if (isMissing(value)) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string) || string.getString().isBlank() || string.getString().length() > longest) {
            errors.add(new FieldError(at, "must be text of 1 to " + longest + " characters"));
            return Optional.empty();
        }
        return Optional.of(string.getString().strip());
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
