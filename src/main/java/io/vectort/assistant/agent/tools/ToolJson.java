package io.vectort.assistant.agent.tools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for the model: arguments in snake case (what models write), lenient about fields a model
 * adds, and moments written the way a model reads them best — local wall-clock time with the
 * weekday, never a bare UTC instant it would have to convert.
 */
final class ToolJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ToolJson() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ObjectNode ok() {
        return object().put("ok", true);
    }

    /** "2026-12-05T09:00 Saturday" in the user's zone. */
    static String local(Instant at, ZonedDateTime now) {
        ZonedDateTime local = at.atZone(now.getZone());
        return local.toLocalDateTime().withSecond(0).withNano(0) + " "
                + local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String day(LocalDate day) {
        return day + " " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A small JSON-schema builder: an object with typed properties. */
    static final class Schema {
        private final ObjectNode root = ToolJson.object().put("type", "object");
        private final ObjectNode properties = root.putObject("properties");
        private final ArrayNode required = array();

        static Schema of() {
            return new Schema();
        }

        Schema string(String name, String description, boolean isRequired) {
            properties.putObject(name).put("type", "string").put("description", description);
            return require(name, isRequired);
        }

        Schema integer(String name, String description, int min, int max, boolean isRequired) {
            properties
                    .putObject(name)
                    .put("type", "integer")
                    .put("description", description)
                    .put("minimum", min)
                    .put("maximum", max);
            return require(name, isRequired);
        }

        Schema bool(String name, String description) {
            properties.putObject(name).put("type", "boolean").put("description", description);
            return this;
        }

        Schema choice(String name, String description, String... values) {
            ObjectNode property =
                    properties.putObject(name).put("type", "string").put("description", description);
            ArrayNode allowed = property.putArray("enum");
            for (String value : values) {
                allowed.add(value);
            }
            return this;
        }

        Schema strings(String name, String description, int minItems, int maxItems, boolean isRequired) {
            ObjectNode property = properties
                    .putObject(name)
                    .put("type", "array")
                    .put("description", description)
                    .put("minItems", minItems)
                    .put("maxItems", maxItems);
            property.putObject("items").put("type", "string");
            return require(name, isRequired);
        }

        private Schema require(String name, boolean isRequired) {
            if (isRequired) {
                required.add(name);
            }
            return this;
        }

        ObjectNode build() {
            if (!required.isEmpty()) {
                root.set("required", required);
            }
            root.put("additionalProperties", false);
            return root;
        }
    }
}
