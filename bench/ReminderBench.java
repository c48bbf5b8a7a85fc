import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client half of {@code bench/run-reminders.sh}. JDK only.
 *
 * <ul>
 *   <li>{@code signup <baseUrl> <users>} registers users and prints their access tokens, one a line;
 *   <li>{@code create <baseUrl> <label> <count> <fromEpochSecond> <seconds> <token>...} creates
 *       {@code count} one-off reminders through the API, round-robin over the users' tokens, due at
 *       whole seconds spread evenly over {@code [from, from + seconds)} (several share a second, as
 *       reminders set for "9:00" do), 8 requests at a time; it fails if the first one would already
 *       be due when the last is created, since that reminder's lateness would be the client's.
 * </ul>
 */
public class ReminderBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[1];
        switch (args[0]) {
            case "signup" -> signUp(base, Integer.parseInt(args[2]));
            case "create" -> create(
                    base,
                    args[2],
                    Integer.parseInt(args[3]),
                    Long.parseLong(args[4]),
                    Integer.parseInt(args[5]),
                    List.of(args).subList(6, args.length));
            default -> throw new IllegalArgumentException("signup or create, not " + args[0]);
        }
    }

    private static void signUp(String base, int users) throws Exception {
        for (int i = 0; i < users; i++) {
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            String credentials = "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}";
            send("POST", base + "/api/v1/auth/register", null, credentials);
            System.out.println(field(send("POST", base + "/api/v1/auth/login", null, credentials), "accessToken"));
        }
    }

    private static void create(String base, String label, int count, long from, int seconds, List<String> tokens)
            throws Exception {
        long started = System.nanoTime();
        Semaphore inFlight = new Semaphore(8);
        List<Future<String>> created = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                Instant at = Instant.ofEpochSecond(from + (long) i * seconds / count);
                String body = "{\"text\":\"" + label + " " + i + "\",\"at\":\"" + at + "\"}";
                String token = tokens.get(i % tokens.size());
                inFlight.acquire();
                created.add(threads.submit(() -> {
                    try {
                        return send("POST", base + "/api/v1/assistant/reminders", token, body);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        }
        for (Future<String> reply : created) {
            reply.get();
        }
        double took = (System.nanoTime() - started) / 1e9;
        if (Instant.now().getEpochSecond() >= from) {
            throw new IllegalStateException("creating " + count + " " + label + " reminders took " + took
                    + " s and ran into their window: give the script a longer lead");
        }
        System.out.printf("created %d %s reminders through the API in %.1f s%n", count, label, took);
    }

    private static String send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
