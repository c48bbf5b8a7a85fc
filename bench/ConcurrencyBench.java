import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits N generations at the same instant to one running Vectort and waits until every one has
 * ended. Clients that are refused with 503 wait for Retry-After and submit again, as the API asks.
 * A fraction of the generations is followed live over SSE; the rest are polled at the end.
 * Reports submit rate, dispatch latency (server timestamps), peak concurrently running generations
 * (from the generations' own start and finish times), generations per hour, errors, and the
 * server's RSS (from /proc, when its pid is given).
 *
 * <p>JDK only: {@code java bench/ConcurrencyBench.java <baseUrl> <n> <warm-up seconds>
 * <followed fraction> [server pid]}.
 */
public class ConcurrencyBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(60))
            .build();
    private static final Pattern FINAL =
            Pattern.compile("\"status\"\\s*:\\s*\"(succeeded|failed|cancelled)\"");

    private final String base;
    private final String token;
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger droppedStreams = new AtomicInteger();
    private final Map<Integer, AtomicInteger> otherStatuses = new ConcurrentHashMap<>();

    ConcurrencyBench(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        int warmupSeconds = Integer.parseInt(args[2]);
        double followed = Double.parseDouble(args[3]);
        long pid = args.length > 4 ? Long.parseLong(args[4]) : -1;

        String email = "bench-" + UUID.randomUUID() + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}";
        send("POST", base + "/api/v1/auth/register", null, credentials);
        String token = field(send("POST", base + "/api/v1/auth/login", null, credentials).body(), "accessToken");
        ConcurrencyBench bench = new ConcurrencyBench(base, token);

        // Warm-up runs in projects of its own: a second turn in a project is a small follow-up
        // change, not a whole new app, and would end in a fraction of a second.
        List<String> projects = bench.createProjects(count);
        List<String> warmupProjects = bench.createProjects(Math.min(count, 200));
        RssSampler rss = new RssSampler(pid);
        rss.start();

        Instant warmupEnd = Instant.now().plusSeconds(warmupSeconds);
        int warmed = 0;
        while (Instant.now().isBefore(warmupEnd)) {
            bench.burst(warmupProjects, 0.1);
            warmed += warmupProjects.size();
        }
        System.out.printf("warm-up: %d generations over %d s%n", warmed, warmupSeconds);
        bench.refusals.set(0);
        bench.serverErrors.set(0);
        bench.droppedStreams.set(0);
        bench.otherStatuses.clear();
        rss.reset();

        Result result = bench.burst(projects, followed);
        rss.stop();
        bench.report(count, followed, result, rss);
    }

    private List<String> createProjects(int count) throws Exception {
        List<String> projects = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                threads.submit(() -> {
                    projects.add(field(retrying("POST", "/api/v1/projects", "{\"name\":\"bench " + n + "\"}"), "id"));
                    return null;
                });
            }
        }
        if (projects.size() != count) {
            throw new IllegalStateException("created " + projects.size() + " of " + count + " projects");
        }
        return projects;
    }

    record Result(
            Duration submitWindow,
            Duration total,
            List<Double> dispatchMs,
            List<Double> durationSeconds,
            int peakRunning,
            Map<String, Integer> outcomes,
            int lost) {}

    /** All of {@code projects} generate at once; returns when every generation has ended. */
    private Result burst(List<String> projects, double followedFraction) throws Exception {
        int n = projects.size();
        // New words each burst, and no cache: a similar description would be replayed from the
        // Builder's cache in milliseconds instead of streaming like a model.
        String burstId = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> submitted = new ArrayList<>();
        AtomicLong lastAccepted = new AtomicLong();
        int followEvery = followedFraction <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / followedFraction);
        List<Future<String>> followers = new ArrayList<>();
        Instant begin;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                String project = projects.get(i);
                String body = "{\"description\":\"A reading list with authors and ratings, burst " + burstId + " run " + i
                        + "\",\"framework\":\"html\",\"type\":\"todo\",\"forceRegenerate\":true}";
                submitted.add(threads.submit(() -> {
                    start.await();
                    String id = field(retrying("POST", "/api/v1/projects/" + project + "/generate", body), "id");
                    lastAccepted.set(System.nanoTime());
                    return id;
                }));
            }
            begin = Instant.now();
            long startNanos = System.nanoTime();
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = submitted.get(i).get();
                ids.add(id);
                if (i % followEvery == 0) {
                    followers.add(threads.submit(() -> follow(id)));
                }
            }
            Duration submitWindow = Duration.ofNanos(lastAccepted.get() - startNanos);
            for (Future<String> follower : followers) {
                follower.get();
            }
            return collect(ids, begin, submitWindow);
        }
    }

    /** Waits for every generation to end and reads its timestamps from the API. */
    private Result collect(List<String> ids, Instant begin, Duration submitWindow) throws Exception {
        List<Double> dispatch = new ArrayList<>();
        List<Double> durations = new ArrayList<>();
        TreeMap<Instant, Integer> changes = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Instant lastFinish = begin;
        int lost = 0;
        for (String id : ids) {
            String generation = awaitEnd(id);
            String status = field(generation, "status");
            outcomes.merge(status, 1, Integer::sum);
            Instant created = Instant.parse(field(generation, "createdAt"));
            String startedAt = optionalField(generation, "startedAt");
            String finishedAt = optionalField(generation, "finishedAt");
            if (startedAt == null || finishedAt == null) {
                lost++;
                continue;
            }
            Instant started = Instant.parse(startedAt);
            Instant finished = Instant.parse(finishedAt);
            dispatch.add(Duration.between(created, started).toNanos() / 1e6);
            durations.add(Duration.between(started, finished).toMillis() / 1000.0);
            changes.merge(started, 1, Integer::sum);
            changes.merge(finished, -1, Integer::sum);
            if (finished.isAfter(lastFinish)) {
                lastFinish = finished;
            }
        }
        int running = 0;
        int peak = 0;
        for (int change : changes.values()) {
            running += change;
            peak = Math.max(peak, running);
        }
        return new Result(
                submitWindow, Duration.between(begin, lastFinish), dispatch, durations, peak, outcomes, lost);
    }

    private String awaitEnd(String id) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            String generation = retrying("GET", "/api/v1/generations/" + id, null);
            if (FINAL.matcher(generation).find()) {
                return generation;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("generation " + id + " did not end within 10 minutes");
    }

    private String follow(String id) throws Exception {
        String lastEventId = null;
        for (int connection = 0; connection < 100; connection++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/generations/" + id + "/events"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                count(response.statusCode());
                response.body().close();
                Thread.sleep(retryAfter(response));
                continue;
            }
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        lastEventId = line.substring(3).strip();
                    } else if (line.startsWith("data:") && FINAL.matcher(line).find()) {
                        return id;
                    }
                }
            } catch (java.io.IOException e) {
                // A cut connection: resume like a browser would, and count it.
                droppedStreams.incrementAndGet();
            }
            // The stream ended before the generation did (its lifetime): resume where it stopped.
        }
        throw new IllegalStateException("gave up following " + id);
    }

    /** Sends until the answer is not a 503; counts every refusal and unexpected status. */
    private String retrying(String method, String path, String json) throws Exception {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            HttpResponse<String> response = send(method, base + path, token, json);
            if (response.statusCode() < 300) {
                return response.body();
            }
            count(response.statusCode());
            if (response.statusCode() != 503) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(retryAfter(response));
        }
        throw new IllegalStateException("gave up on " + path);
    }

    private void count(int status) {
        if (status == 503) {
            refusals.incrementAndGet();
        } else if (status >= 500) {
            serverErrors.incrementAndGet();
        } else {
            otherStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static long retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        // Jitter, as a well-behaved client would, so retries do not arrive in one wave.
        return seconds * 1000 + (long) (Math.random() * 1000);
    }

    private void report(int count, double followed, Result result, RssSampler rss) {
        List<Double> sorted = new ArrayList<>(result.dispatchMs());
        Collections.sort(sorted);
        double hours = result.total().toMillis() / 3_600_000.0;
        System.out.printf("generations: %d at once, %.0f%% followed over SSE%n", count, followed * 100);
        System.out.printf("outcomes: %s, lost (never started or finished): %d%n", result.outcomes(), result.lost());
        System.out.printf("submission: all accepted within %.1f s (%.0f/s); 503 refusals retried: %d; 5xx other than 503: %d; other statuses: %s%n",
                result.submitWindow().toMillis() / 1000.0,
                count / Math.max(0.001, result.submitWindow().toMillis() / 1000.0),
                refusals.get(), serverErrors.get(), otherStatuses);
        System.out.printf("peak concurrently running: %d; event streams cut before their end: %d%n",
                result.peakRunning(), droppedStreams.get());
        if (!sorted.isEmpty()) {
            System.out.printf("dispatch (submit -> started): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.getLast());
        }
        List<Double> durations = new ArrayList<>(result.durationSeconds());
        Collections.sort(durations);
        if (!durations.isEmpty()) {
            System.out.printf("generation (started -> finished): p50 %.1f s, p99 %.1f s, min %.1f s%n",
                    percentile(durations, 50), percentile(durations, 99), durations.getFirst());
        }
        System.out.printf("burst: first submit to last finish %.1f s; %.0f generations per hour at this rate%n",
                result.total().toMillis() / 1000.0, count / hours);
        rss.print();
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        String value = optionalField(json, name);
        if (value == null) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value;
    }

    private static String optionalField(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The server's resident memory, read from /proc every half second. */
    static final class RssSampler {
        private final long pid;
        private final AtomicLong peakKib = new AtomicLong();
        private volatile boolean running;

        RssSampler(long pid) {
            this.pid = pid;
        }

        void start() {
            if (pid <= 0) {
                return;
            }
            running = true;
            Thread.ofVirtual().start(() -> {
                while (running) {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                long kib = Long.parseLong(line.replaceAll("\\D", ""));
                                peakKib.accumulateAndGet(kib, Math::max);
                            }
                        }
                        Thread.sleep(500);
                    } catch (Exception e) {
                        running = false;
                    }
                }
            });
        }

        void reset() {
            peakKib.set(0);
        }

        void stop() {
            running = false;
        }

        void print() {
            if (pid > 0) {
                System.out.printf("server RSS peak: %d MiB%n", peakKib.get() / 1024);
            }
        }
    }
}
