import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The client half of {@code bench/run-memory.sh}. {@code signup <baseUrl>} registers a user and
 * prints its id and access token; {@code search <baseUrl> <token> [n] [warm-up]} times memory
 * searches one after another, each a different query (so every search embeds its text), and prints
 * the first (cold: the user's vectors load from PostgreSQL) and the percentiles of the others,
 * measured at the client: HTTP, authentication, embedding, full text, vector scan and fusion.
 * JDK only.
 */
public class MemoryBench {

    private static final String[] WORDS = {
        "sister", "sibling", "my job", "doctor appointment", "the cat", "train to work", "bank", "garden",
        "music", "pills", "rent", "monday evening", "lundi matin", "family", "medication", "where do I work"
    };

    public static void main(String[] args) throws Exception {
        String base = args[1];
        if (args[0].equals("signup")) {
            String token = BenchHttp.signUp(base);
            String user = BenchHttp.field(BenchHttp.send("GET", base + "/api/v1/auth/me", token, null), "id");
            System.out.println(user + " " + token);
            return;
        }
        String token = args[2];
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        double cold = search(base, token, "who is my sister");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            double ms = search(base, token, WORDS[i % WORDS.length] + " " + i);
            if (i >= warmup) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "cold first search %.1f ms; %d searches after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                cold, count, warmup, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                millis.getLast());
    }

    private static double search(String base, String token, String query) throws Exception {
        String url = base + "/api/v1/assistant/memories?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        BenchHttp.send("GET", url, token, null);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
