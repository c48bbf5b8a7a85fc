import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, against a running Vectort, the dispatch latency of generations (submission to the start
 * of the job, from the server's own timestamps) and the end-to-end time of an offline-starter
 * generation (client submit to the final SSE event). Generations run one at a time, so the node is
 * idle when each is submitted. JDK only: {@code java bench/DispatchBench.java <baseUrl> [n] [warm-up]}.

 */
public class DispatchBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 100;

        String email = "bench-" + UUID.randomUUID() + "@example.com";
        post(base + "/api/v1/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}");
        String token = field(post(base + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}"), "accessToken");
        String project = field(post(base + "/api/v1/projects", token, "{\"name\":\"bench\"}"), "id");

        List<Double> dispatchMs = new ArrayList<>();
        List<Double> endToEndMs = new ArrayList<>();
        String[][] jobs = {{"react", "todo"}, {"vue", "dashboard"}, {"html", "landing"}, {"express", "blog"}};
        for (int i = 0; i < warmup + count; i++) {
            String[] job = jobs[i % jobs.length];
            String body = "{\"description\":\"An inventory tracker for my bike parts with suppliers, run " + i
                    + "\",\"framework\":\"" + job[0] + "\",\"type\":\"" + job[1] + "\"}";
            long start = System.nanoTime();
            String accepted = post(base + "/api/v1/projects/" + project + "/generate", token, body);
            String id = field(accepted, "id");
            String finalStatus = followToEnd(base + "/api/v1/generations/" + id + "/events", token);
            long end = System.nanoTime();
            if (!finalStatus.equals("succeeded")) {
                throw new IllegalStateException("generation " + id + " ended " + finalStatus);
            }
            String generation = get(base + "/api/v1/generations/" + id, token);
            double dispatch = Duration.between(
                            Instant.parse(field(generation, "createdAt")), Instant.parse(field(generation, "startedAt")))
                    .toNanos() / 1e6;
            if (i >= warmup) {
                dispatchMs.add(dispatch);
                endToEndMs.add((end - start) / 1e6);
            }
        }
        System.out.printf("generations measured: %d (after %d warm-up)%n", count, warmup);
        report("dispatch (submit -> job started, server clock)", dispatchMs);
        report("end to end (client submit -> final SSE event)", endToEndMs);
    }

    private static void report(String name, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf("%-50s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n",
                name, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String followToEnd(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(120))
                .build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Pattern status = Pattern.compile("\"status\"\\s*:\\s*\"(succeeded|failed|cancelled)\"");

        String last = "unfinished";
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher m = status.matcher(line);
                if (line.startsWith("data:") && m.find()) {
                    last = m.group(1);
                }
            }
        }
        return last;
    }

    private static String post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
