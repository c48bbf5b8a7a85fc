package io.vectort.generation.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/generation-events.schema.json} equal to what the event records say. The web
 * app's types are generated from that file ({@code npm run generate:api}), so the wire format is
 * written once, here in Java. Regenerate with {@code -Dvectort.schema.update=true}.
 */
class GenerationEventSchemaTest {

    static final Path SCHEMA = Path.of("docs/generation-events.schema.json");

    @Test
    void theCommittedSchemaIsTheOneTheRecordsDescribe() throws IOException {
        String generated = render(schema());
        if (Boolean.getBoolean("vectort.schema.update")) {
            Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SCHEMA))
                .as("%s is missing: run this test with -Dvectort.schema.update=true", SCHEMA)
                .isTrue();
        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
                .as(
                        "%s is stale: run this test with -Dvectort.schema.update=true, then npm run generate:api in web/",
                        SCHEMA)
                .isEqualTo(generated);
    }

    @Test
    void everyEventNameHasItsRecordsAndEveryRequiredFieldIsNonNullable() {
        ObjectNode schema = schema();
        assertThat(names(schema.get("properties")))
                .containsExactly(
                        "status",
                        "message",
                        "file_started",
                        "file_delta",
                        "file_completed",
                        "dependencies",
                        "summary",
                        "version_created");
        JsonNode queued = schema.at("/definitions/Queued");
        assertThat(names(queued.get("properties"))).containsExactly("status", "attempt", "queuedUntil");
        assertThat(queued.at("/properties/status/const").asText()).isEqualTo("queued");
        assertThat(queued.at("/properties/queuedUntil/format").asText()).isEqualTo("date-time");
        assertThat(values(queued.get("required"))).containsExactly("status", "attempt");
        JsonNode retrying = schema.at("/definitions/Retrying");
        assertThat(retrying.at("/properties/retrying/const").asBoolean()).isTrue();
        assertThat(values(retrying.get("required"))).containsExactly("status", "attempt", "error", "retrying");
        assertThat(values(schema.at("/definitions/FileCompleted/required"))).containsExactly("path", "operation");
        assertThat(schema.at("/properties/status/oneOf")).hasSize(6);
    }

    /** The schema: an object naming each SSE event's data, so generators make one type per event. */
    static ObjectNode schema() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // Declaration order, as the records (and the JSON on the wire) have it.
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        config.forFields()
                .withRequiredCheck(
                        field -> !field.getRawMember().getAnnotatedType().isAnnotationPresent(Nullable.class));
        SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
        ObjectMapper json = new ObjectMapper();
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "GenerationEvents");
        schema.put(
                "description",
                "The data of each Server-Sent Event of GET /api/v1/generations/{id}/events, by event name."
                        + " Generated from io.vectort.generation.progress; do not edit.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        Map<String, List<Class<?>>> byEvent = eventRecords();
        byEvent.forEach((event, records) -> {
            if (records.size() == 1) {
                properties.set(event, builder.createSchemaReference(records.getFirst()));
            } else {
                var oneOf = properties.putObject(event).putArray("oneOf");
                records.forEach(type -> oneOf.add(builder.createSchemaReference(type)));
            }
        });
        byEvent.keySet().forEach(schema.putArray("required")::add);
        schema.put("additionalProperties", false);
        ObjectNode definitions = builder.collectDefinitions("definitions");
        schema.set("definitions", definitions);
        byEvent.get("status").forEach(type -> addConstants((ObjectNode) definitions.get(type.getSimpleName()), type));
        return schema;
    }

    /** Event name to its records, in the order the records are declared. */
    private static Map<String, List<Class<?>>> eventRecords() {
        Map<String, List<Class<?>>> byEvent = new LinkedHashMap<>();
        for (Class<?> type : leaves(GenerationEvent.class)) {
            GenerationEvent sample = (GenerationEvent) sample(type);
            byEvent.computeIfAbsent(sample.event(), name -> new ArrayList<>()).add(type);
        }
        return byEvent;
    }

    private static List<Class<?>> leaves(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? leaves(type).stream() : List.<Class<?>>of(type).stream())
                .toList();
    }

    /** The status constants ({@code status}, and {@code retrying} of a retry) become required consts. */
    private static void addConstants(ObjectNode definition, Class<?> type) {
        StatusChanged sample = (StatusChanged) sample(type);
        ObjectNode properties = definition.objectNode();
        properties.putObject("status").put("type", "string").put("const", sample.status());
        definition.withObject("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
        List<String> required = new ArrayList<>(List.of("status"));
        if (definition.has("required")) {
            definition.get("required").forEach(name -> required.add(name.asText()));
        }
        if (sample instanceof StatusChanged.Retrying retrying) {
            properties.putObject("retrying").put("type", "boolean").put("const", retrying.retrying());
            required.add("retrying");
        }
        definition.set("properties", properties);
        var array = definition.putArray("required");
        required.forEach(array::add);
    }

    /** An instance with zero and null components: enough to read the constant methods. */
    private static Object sample(Class<?> record) {
        try {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            Object[] args = Arrays.stream(types)
                    .map(t -> t == int.class ? 0 : t == long.class ? 0L : t == boolean.class ? false : null)
                    .toArray();
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    static String render(ObjectNode schema) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
