import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The share of generated versions that build, with and without automatic fix rounds, by
 * framework. It serves a fake OpenAI-compatible model that replays recorded answers (bench/builds:
 * a first answer, then the answer to each fix round), asks a running Vectort for one project per
 * case, and follows each case's versions through their sandboxed checks and fix rounds.
 *
 * <p>Usage: java bench/BuildShareBench.java BASE_URL FAKE_PORT CORPUS_DIR
 */
final class BuildShareBench {

    private static final String FIX_SEPARATOR = "<!-- vectort-bench: fix -->\n";
    private static final Pattern CASE = Pattern.compile("bench case ([a-z]+-[a-z-]+)");
    private static final Pattern ROUND = Pattern.compile("Automatic fix, round (\\d+) of");

    record Check(int version, String status, long millis) {}

    record Outcome(String framework, String name, List<Check> checks) {
        boolean firstPassed() {
            return !checks.isEmpty() && checks.get(0).status().equals("passed");
        }

        boolean finallyPassed() {
            return !checks.isEmpty() && checks.get(checks.size() - 1).status().equals("passed");
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int fakePort = Integer.parseInt(args[1]);
        Map<String, List<String>> corpus = corpus(Path.of(args[2]));
        HttpServer model = fakeModel(fakePort, corpus);
        try {
            String token = BenchHttp.signUp(base);
            List<Outcome> outcomes = new ArrayList<>();
            for (String name : corpus.keySet()) {
                Outcome outcome = run(base, token, name);
                outcomes.add(outcome);
                System.out.printf("%-24s %s%n", name, outcome.checks());
            }
            report(outcomes);
        } finally {
            model.stop(0);
        }
    }

    private static Map<String, List<String>> corpus(Path dir) throws IOException {
        Map<String, List<String>> corpus = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".txt", "");
                corpus.put(name, List.of(Files.readString(file).split(Pattern.quote(FIX_SEPARATOR))));
            }
        }
        return corpus;
    }

    /** OpenAI's streaming chat completions: the recorded answer of the case and round the prompt names. */
    private static HttpServer fakeModel(int port, Map<String, List<String>> corpus) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher name = CASE.matcher(request);
            Matcher round = ROUND.matcher(request);
            List<String> answers = name.find() ? corpus.get(name.group(1)) : null;
            if (answers == null) {
                answer(exchange, 400, "{\"error\":{\"message\":\"unknown bench case\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            int turn = round.find() ? Integer.parseInt(round.group(1)) : 0;
            stream(exchange, answers.get(Math.min(turn, answers.size() - 1)));
        });
        server.start();
        return server;
    }

    private static void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int start = 0; start < text.length(); start += 400) {
                String piece = text.substring(start, Math.min(text.length(), start + 400));
                out.write(("data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4.1-mini\","
                                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quoted(piece)
                                + "},\"finish_reason\":null}]}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4.1-mini\","
                            + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                            + "\"usage\":{\"prompt_tokens\":2000,\"completion_tokens\":" + text.length() / 4 + "}}\n\n"
                            + "data: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** One case: its first version, then each fix round's, until one passes or no round is left. */
    private static Outcome run(String base, String token, String name) throws Exception {
        String framework = name.substring(0, name.indexOf('-'));
        String project = BenchHttp.field(
                BenchHttp.send("POST", base + "/api/v1/projects", token, "{\"name\":\"" + name + "\"}"), "id");
        String generation = BenchHttp.field(
                BenchHttp.send(
                        "POST",
                        base + "/api/v1/projects/" + project + "/generate",
                        token,
                        "{\"description\":\"bench case " + name + "\",\"framework\":\"" + framework
                                + "\",\"type\":\"todo\",\"model\":\"bench-builds\"}"),
                "id");
        List<Check> checks = new ArrayList<>();
        String done = awaitGeneration(base, token, generation);
        int version = done.contains("\"status\":\"succeeded\"") ? number(done, "version") : 0;
        if (version == 0) {
            // The recorded answer itself was refused (the protocol): no version to check.
            checks.add(new Check(0, "generation-failed", 0));
        }
        while (version > 0) {
            String build = awaitBuild(base, token, project, version);
            String status = BenchHttp.field(build, "status");
            checks.add(new Check(version, status, build.contains("\"durationMs\":null") ? 0 : number(build, "durationMs")));
            Matcher fix = Pattern.compile("\"fix\":\\{\"generationId\":\"([^\"]+)\"").matcher(build);
            if (!status.equals("failed") || !fix.find()) {
                break;
            }
            String fixed = awaitGeneration(base, token, fix.group(1));
            version = fixed.contains("\"status\":\"succeeded\"") ? number(fixed, "version") : 0;
        }
        return new Outcome(framework, name, checks);
    }

    private static String awaitGeneration(String base, String token, String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String generation = BenchHttp.send("GET", base + "/api/v1/generations/" + id, token, null);
            String status = BenchHttp.field(generation, "status");
            if (status.equals("succeeded") || status.equals("failed") || status.equals("cancelled")) {
                return generation;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("generation " + id + " did not finish");
    }

    private static String awaitBuild(String base, String token, String project, int version) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            String build = BenchHttp.send(
                    "GET", base + "/api/v1/projects/" + project + "/versions/" + version + "/build", token, null);
            String status = BenchHttp.field(build, "status");
            if (status.equals("passed") || status.equals("failed") || status.equals("skipped")) {
                return build;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the check of version " + version + " of " + project + " did not finish");
    }

    private static void report(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byFramework = new LinkedHashMap<>();
        outcomes.forEach(o -> byFramework.computeIfAbsent(o.framework(), f -> new ArrayList<>()).add(o));
        System.out.println();
        System.out.println("| framework | cases | build as generated | build after fix rounds | fix rounds used | checks | check time p50 / max |");
        System.out.println("|---|---|---|---|---|---|---|");
        byFramework.forEach((framework, list) -> {
            long first = list.stream().filter(Outcome::firstPassed).count();
            long last = list.stream().filter(Outcome::finallyPassed).count();
            int rounds = list.stream().mapToInt(o -> Math.max(0, o.checks().size() - 1)).sum();
            List<Long> times = list.stream()
                    .flatMap(o -> o.checks().stream())
                    .filter(c -> c.version() > 0)
                    .map(Check::millis)
                    .sorted()
                    .toList();
            System.out.printf(
                    "| %s | %d | %d (%d %%) | %d (%d %%) | %d | %d | %.1f s / %.1f s |%n",
                    framework,
                    list.size(),
                    first,
                    100 * first / list.size(),
                    last,
                    100 * last / list.size(),
                    rounds,
                    times.size(),
                    times.isEmpty() ? 0 : times.get(times.size() / 2) / 1000.0,
                    times.isEmpty() ? 0 : times.get(times.size() - 1) / 1000.0);
        });
    }

    private static int number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
