import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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
            System.out.println(BenchHttp.signUp(base));
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
                        return BenchHttp.send("POST", base + "/api/v1/assistant/reminders", token, body);
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
}
