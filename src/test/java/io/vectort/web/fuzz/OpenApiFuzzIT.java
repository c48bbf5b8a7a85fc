package io.vectort.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends hostile variants of every operation of the served OpenAPI document (and of the
 * OpenAI-compatible API, which the document leaves out) and checks every answer: never a 5xx; an
 * error is problem+json with the answer's status on the API and OpenAI's error JSON on {@code /v1};
 * and a mutating request answered 4xx stored nothing. The cases are drawn by a seeded generator:
 * run again with {@code -Dvectort.fuzz.seed=<seed>} to replay a failure.
 */
class OpenApiFuzzIT extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(OpenApiFuzzIT.class);
    private static final long DEFAULT_SEED = 20_261_203L;
    private static final int CASES_PER_OPERATION = 60;
    private static final long MAX_BODY_SIZE = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api.Session user;
    private String apiKey;
    private Fixtures own;
    private Fixtures other;

    /** Ids of one tenant's resources, for valid paths (its own) and cross-tenant probes (the other's). */
    private record Fixtures(
            String projectId, String generationId, String keyId, String assistantTaskId, String reminderId) {}

    @Test
    void noInputAnswersA5xxAWrongFormatOrStoresSomethingWhenRefused() {
        long seed = Long.getLong("vectort.fuzz.seed", DEFAULT_SEED);
        log.warn("OpenApiFuzzIT seed {} (replay with -Dvectort.fuzz.seed={})", seed, seed);
        Random random = new Random(seed);
        user = api.newUser();
        apiKey = api.post("/api/v1/keys", user.token(), Map.of("name", "fuzz"))
                .json()
                .get("key")
                .asString();
        own = fixtures(user);
        other = fixtures(api.newUser());

        List<Operation> operations = new ArrayList<>(
                OpenApiOperations.from(api.get("/api/docs/openapi.json", null).json()));
        operations.addAll(gatewayOperations());
        operations.removeIf(operation -> operation.path().endsWith("/events"));
        assertThat(operations).hasSizeGreaterThan(20);

        CaseGenerator generator = new CaseGenerator(
                this::validPath,
                List.of(
                        other.projectId(),
                        other.generationId(),
                        other.keyId(),
                        other.assistantTaskId(),
                        other.reminderId()),
                MAX_BODY_SIZE);
        TableCounts tables = new TableCounts(jdbc);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();
        for (Operation operation : operations) {
            List<FuzzCase> cases = generator.casesFor(operation);
            Collections.shuffle(cases, random);
            for (FuzzCase fuzzCase : cases.subList(0, Math.min(CASES_PER_OPERATION, cases.size()))) {
                check(fuzzCase, tables, failures);
                sent++;
            }
            sent += rawCases(operation, failures);
        }
        log.warn(
                "OpenApiFuzzIT sent {} requests to {} operations in {} s",
                sent,
                operations.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    private void check(FuzzCase fuzzCase, TableCounts tables, List<String> failures) {
        Map<String, Long> before = fuzzCase.operation().mutating() ? tables.snapshot() : Map.of();
        Answer answer;
        try {
            answer = send(fuzzCase);
        } catch (IllegalArgumentException unsendable) {
            return; // the JDK client refuses it; the raw cases cover such requests
        }
        Optional<String> wrong = wrongAnswer(fuzzCase.target(), fuzzCase.method(), answer);
        wrong.ifPresent(problem -> failures.add(problem + " <- " + fuzzCase));
        if (fuzzCase.operation().mutating() && answer.status() >= 400 && answer.status() < 500) {
            Map<String, Long> after = tables.snapshot();
            if (!after.equals(before)) {
                failures.add("stored something while answering " + answer.status() + ": " + diff(before, after) + " <- "
                        + fuzzCase);
            }
        }
    }

    /** Requests the JDK client will not send: broken encodings, request lines and headers. */
    private int rawCases(Operation operation, List<String> failures) {
        RawHttp raw = new RawHttp(port);
        String path = validPathTarget(operation);
        String auth = "Authorization: Bearer " + (operation.gateway() ? apiKey : user.token());
        Map<String, RawHttp.Response> answers = new LinkedHashMap<>();
        answers.put(
                "bad escape in path",
                raw.send(operation.method() + " " + path + "%zz HTTP/1.1\r\nHost: x\r\n" + auth, new byte[0]));
        answers.put(
                "bad escape in query",
                raw.send(operation.method() + " " + path + "?%zz=%f HTTP/1.1\r\nHost: x\r\n" + auth, new byte[0]));
        answers.put(
                "overlong UTF-8",
                raw.send(operation.method() + " " + path + "?x=%c0%af HTTP/1.1\r\nHost: x\r\n" + auth, new byte[0]));
        answers.put(
                "raw non-ASCII in path",
                raw.send(operation.method() + " " + path + "\u00ff HTTP/1.1\r\nHost: x\r\n" + auth, new byte[0]));
        answers.put(
                "header without colon",
                raw.send(operation.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nbroken", new byte[0]));
        answers.put(
                "control character in header",
                raw.send(
                        operation.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n" + auth,
                        new byte[0]));
        answers.put(
                "huge header",
                raw.send(
                        operation.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nX-Huge: " + "h".repeat(70_000),
                        new byte[0]));
        answers.put(
                "bad content length",
                raw.send(
                        operation.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n" + auth,
                        new byte[0]));
        answers.forEach((description, response) -> {
            Answer answer = new Answer(
                    response.status(),
                    response.header("Content-Type").orElse(""),
                    response.header("Allow"),
                    response.body());
            if (response.status() == 0) {
                return; // Tomcat may close a connection whose request it cannot even frame
            }
            // A request target Tomcat cannot parse has no path to choose a format by: problem+json.
            String answeredFor = description.startsWith("raw non-ASCII") ? "/" : path;
            wrongAnswer(answeredFor, operation.method(), answer)
                    .ifPresent(problem -> failures.add(problem + " <- raw " + description + ": " + operation));
        });
        return answers.size();
    }

    private static Optional<String> wrongAnswer(String target, String method, Answer answer) {
        if (answer.status() >= 500) {
            return Optional.of("answered " + answer.status() + " " + abbreviated(answer.body()));
        }
        if (answer.status() < 400 || method.equals("HEAD")) {
            return Optional.empty();
        }
        if (answer.status() == 405 && answer.allow().isEmpty() && !target.startsWith("/v1/")) {
            return Optional.of("405 without Allow");
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            return Optional.of("error body is not JSON: " + answer.status() + " " + abbreviated(answer.body()));
        }
        if (target.startsWith("/v1/")) {
            JsonNode error = body.path("error");
            boolean openAi = answer.contentType().startsWith("application/json")
                    && error.path("message").isString()
                    && error.path("type").isString()
                    && error.has("param")
                    && error.has("code");
            return openAi
                    ? Optional.empty()
                    : Optional.of("not an OpenAI error: " + answer.status() + " " + answer.contentType() + " "
                            + abbreviated(answer.body()));
        }
        boolean problem = answer.contentType().equals("application/problem+json")
                && body.path("status").asInt() == answer.status()
                && body.path("type").isString();
        return problem
                ? Optional.empty()
                : Optional.of("not a problem: " + answer.status() + " " + answer.contentType() + " "
                        + abbreviated(answer.body()));
    }

    private Answer send(FuzzCase fuzzCase) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + fuzzCase.target()))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", api.clientAddress());
        bearer(fuzzCase).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        fuzzCase.headers().forEach(request::header);
        request.method(
                fuzzCase.method(),
                fuzzCase.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(fuzzCase.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Allow"),
                    response.body());
        } catch (IOException e) {
            return new Answer(599, "", Optional.empty(), "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> bearer(FuzzCase fuzzCase) {
        return switch (fuzzCase.auth()) {
            case NONE -> Optional.empty();
            case GARBAGE -> Optional.of("garbage.\u00e9.token");
            case USER_TOKEN -> Optional.of(user.token());
            case API_KEY -> Optional.of(apiKey);
            case OWN -> Optional.of(fuzzCase.operation().gateway() ? apiKey : user.token());
        };
    }

    private Map<String, String> validPath(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String parameter : operation.pathParameters()) {
            values.put(parameter, validPathValue(operation, parameter));
        }
        return values;
    }

    private String validPathValue(Operation operation, String parameter) {
        if (operation.method().equals("DELETE")) {
            // Fuzzing must not delete the fixtures the other cases stand on.
            return UUID.randomUUID().toString();
        }
        return switch (parameter) {
            case "id" -> ownId(operation.path());
            case "projectId" -> own.projectId();
            case "version" -> "1";
            case "path" -> "index.html";
            default -> "fuzz";
        };
    }

    private String ownId(String path) {
        if (path.startsWith("/api/v1/generations")) {
            return own.generationId();
        }
        if (path.startsWith("/api/v1/keys")) {
            return own.keyId();
        }
        if (path.startsWith("/api/v1/assistant/tasks")) {
            return own.assistantTaskId();
        }
        if (path.startsWith("/api/v1/assistant/reminders")) {
            return own.reminderId();
        }
        return own.projectId();
    }

    private String validPathTarget(Operation operation) {
        String target = operation.path();
        for (Map.Entry<String, String> value : validPath(operation).entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        return target;
    }

    private Fixtures fixtures(Api.Session owner) {
        String project = api.post("/api/v1/projects", owner.token(), Map.of("name", "fuzz"))
                .json()
                .get("id")
                .asString();
        Api.Response started = api.post(
                "/api/v1/projects/" + project + "/generate",
                owner.token(),
                Map.of("description", "a todo list", "framework", "html", "type", "todo"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String generation = started.json().get("id").asString();
        String key = api.post("/api/v1/keys", owner.token(), Map.of("name", "fixture"))
                .json()
                .get("id")
                .asString();
        String task = api.post("/api/v1/assistant/tasks", owner.token(), Map.of("title", "fixture"))
                .json()
                .get("id")
                .asString();
        String reminder = api.post(
                        "/api/v1/assistant/reminders",
                        owner.token(),
                        Map.of(
                                "text",
                                "fixture",
                                "at",
                                java.time.Instant.now().plusSeconds(86_400).toString()))
                .json()
                .get("id")
                .asString();
        return new Fixtures(project, generation, key, task, reminder);
    }

    /** The OpenAI-compatible API is not in the OpenAPI document (it follows OpenAI's own). */
    private static List<Operation> gatewayOperations() {
        return List.of(
                new Operation("GET", "/v1/models", List.of(), Map.of(), Optional.empty()),
                new Operation(
                        "POST",
                        "/v1/chat/completions",
                        List.of(),
                        Map.of(),
                        Optional.of(Map.of("model", "string", "messages", "array", "stream", "boolean"))),
                new Operation(
                        "POST",
                        "/v1/embeddings",
                        List.of(),
                        Map.of(),
                        Optional.of(Map.of("model", "string", "input", "string"))));
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, rows) -> {
            if (!rows.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + rows);
            }
        });
        return changed.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private record Answer(int status, String contentType, Optional<String> allow, String body) {}
}
