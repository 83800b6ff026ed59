package org.canopy.plugins.cpdaudit.framework;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a framework from JSON (the default one is {@value #DEFAULT_RESOURCE}) and validates it:
 * <pre>{
 *   "key", "version", "title",
 *   "levels": [{"key", "label"}, …lowest first],
 *   "overall": {"rule": "mean-of-areas"} or {"rule": "level-reached-by-areas", "areas": n},
 *   "areas": [{"key", "title",
 *              "criteria": [{"key", "title", "weight": 1|2|3, "descriptors": {levelKey: text}}],
 *              "surveyItems": [{"key", "statement"}]}]
 * }</pre>
 */
public final class FrameworkJson {

    public static final String DEFAULT_RESOURCE = "/cpd-audit/frameworks/default.json";

    private FrameworkJson() {
    }

    public static Framework readDefault() {
        return read(defaultText());
    }

    /** The default framework's JSON, as it is stored for a tenant. */
    public static String defaultText() {
        try (InputStream json = FrameworkJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Framework read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code json} (a framework object) with its key, version and title replaced: a copy becomes a version of its own. */
    public static String withIdentity(String json, String key, String version, String title) {
        JsonObject framework = parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return Json.createObjectBuilder(framework).add("key", key).add("version", version).add("title", title).build().toString();
    }

    /** @throws InvalidFrameworkException if the JSON is malformed or the framework breaks a rule */
    public static Framework read(InputStream json) {
        Framework framework = framework(parse(json));
        List<String> problems = FrameworkValidation.problemsWith(framework);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        return framework;
    }

    private static JsonObject parse(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidFrameworkException(List.of("the framework is not a JSON object: " + e.getMessage()));
        }
    }

    private static Framework framework(JsonObject json) {
        String where = "the framework";
        return new Framework(string(json, "key", where), string(json, "version", where), string(json, "title", where),
                scale(objects(json, "levels", where)), objects(json, "areas", where).stream().map(FrameworkJson::area).toList(),
                overallRule(object(json, "overall", where)));
    }

    private static LevelScale scale(List<JsonObject> levels) {
        List<Level> ranked = new ArrayList<>();
        for (JsonObject level : levels) {
            String where = "level " + (ranked.size() + 1);
            ranked.add(new Level(ranked.size() + 1, string(level, "key", where), string(level, "label", where)));
        }
        return new LevelScale(ranked);
    }

    private static OverallRule overallRule(JsonObject json) {
        String rule = string(json, "rule", "the overall rule");
        return switch (rule) {
            case "mean-of-areas" -> new MeanOfAreas();
            case "level-reached-by-areas" -> new LevelReachedByAreas(integer(json, "areas", "the overall rule"));
            default -> throw new InvalidFrameworkException(List.of("the overall rule '" + rule
                    + "' is unknown; use 'mean-of-areas' or 'level-reached-by-areas'"));
        };
    }

    private static Area area(JsonObject json) {
        String where = "area '" + string(json, "key", "an area") + "'";
        return new Area(string(json, "key", where), string(json, "title", where),
                objects(json, "criteria", where).stream().map(FrameworkJson::criterion).toList(),
                objects(json, "surveyItems", where).stream().map(FrameworkJson::surveyItem).toList());
    }

    private static Criterion criterion(JsonObject json) {
        String where = "criterion '" + string(json, "key", "a criterion") + "'";
        return new Criterion(string(json, "key", where), string(json, "title", where), integer(json, "weight", where),
                descriptors(object(json, "descriptors", where), where));
    }

    private static Map<String, String> descriptors(JsonObject json, String where) {
        Map<String, String> descriptors = new LinkedHashMap<>();
        json.keySet().forEach(level -> descriptors.put(level, string(json, level, where + ", descriptor")));
        return descriptors;
    }

    private static SurveyItem surveyItem(JsonObject json) {
        String where = "survey item '" + string(json, "key", "a survey item") + "'";
        return new SurveyItem(string(json, "key", where), string(json, "statement", where));
    }

    private static List<JsonObject> objects(JsonObject json, String name, String where) {
        JsonArray array = field(json, name, JsonArray.class, "list of objects", where);
        if (!array.stream().allMatch(JsonObject.class::isInstance)) {
            throw missing(name, "list of objects", where);
        }
        return array.getValuesAs(JsonObject.class);
    }

    private static String string(JsonObject json, String name, String where) {
        return field(json, name, JsonString.class, "text", where).getString();
    }

    private static int integer(JsonObject json, String name, String where) {
        JsonNumber number = field(json, name, JsonNumber.class, "whole number", where);
        if (!number.isIntegral()) {
            throw missing(name, "whole number", where);
        }
        return number.intValue();
    }

    private static JsonObject object(JsonObject json, String name, String where) {
        return field(json, name, JsonObject.class, "object", where);
    }

    private static <T extends JsonValue> T field(JsonObject json, String name, Class<T> type, String kind, String where) {
        JsonValue value = json.get(name);
        if (!type.isInstance(value)) {
            throw missing(name, kind, where);
        }
        return type.cast(value);
    }

    private static InvalidFrameworkException missing(String name, String kind, String where) {
        return new InvalidFrameworkException(List.of(where + " needs '" + name + "' as a " + kind));
    }
}
