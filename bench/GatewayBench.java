import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time to first token of streamed completions, directly from the upstream and through Vectort, one
 * stream at a time (JDK only). Load and latency under load are measured with wrk by run-gateway.sh.
 * Usage: {@code java bench/GatewayBench.java <vectortUrl> <upstreamUrl> <apiKey> [streams=500]}
 */
public class GatewayBench {

    private static final String STREAM_BODY = """
            {"model":"bench-stream","stream":true,"messages":[{"role":"user","content":"Say hello."}]}""";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args[0] + "/v1/chat/completions");
        URI direct = URI.create(args[1] + "/stream/v1/chat/completions");
        String key = args[2];
        int streams = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        ttft(gateway, key, streams); // warm-up
        ttft(direct, key, streams);
        List<Double> viaDirect = ttft(direct, key, streams);
        List<Double> viaVectort = ttft(gateway, key, streams);
        print("direct", viaDirect);
        print("Vectort", viaVectort);
        System.out.printf("TTFT overhead: p50 %.2f ms, p99 %.2f ms%n",
                p(viaVectort, 50) - p(viaDirect, 50), p(viaVectort, 99) - p(viaDirect, 99));
    }

    static List<Double> ttft(URI uri, String key, int count) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + key)
                    .header("x-vectort-cache", "bypass")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(STREAM_BODY))
                    .build();
            long start = System.nanoTime();
            HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                boolean first = true;
                while ((line = reader.readLine()) != null) {
                    if (first && line.contains("\"content\":\"Hello\"")) {
                        samples.add((System.nanoTime() - start) / 1e6);
                        first = false;
                    }
                }
            }
        }
        return samples;
    }

    static void print(String name, List<Double> samples) {
        System.out.printf("%-8s first token: n=%d p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                name, samples.size(), p(samples, 50), p(samples, 90), p(samples, 99), p(samples, 100));
    }

    static double p(List<Double> samples, double percentile) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(percentile / 100 * sorted.size()) - 1)));
    }
}
