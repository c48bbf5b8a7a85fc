import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Assistant's benchmark clients share: JSON over HTTP with a bearer token, and a fresh
 * user. The launcher compiles it with the benchmark that uses it ({@code java bench/MemoryBench.java},
 * a multi-file source program, JDK 22 and later). JDK only.
 */
final class BenchHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchHttp() {}

    /** Registers a new user and signs them in; returns their access token. */
    static String signUp(String base) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}";
        // Registration answers the same whether the address is new or taken: nothing to read from it.
        send("POST", base + "/api/v1/auth/register", null, credentials);
        return field(send("POST", base + "/api/v1/auth/login", null, credentials), "accessToken");
    }

    /** Sends a request and returns the body; any status from 300 up is an error. */
    static String send(String method, String url, String token, String json) throws Exception {
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

    /** The first string field of that name in a JSON text. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
