package io.vectort.assistant.sms.twilio;

import io.vectort.assistant.sms.SmsProperties;
import io.vectort.assistant.sms.SmsSendException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's REST API (version 2010-04-01) as Vectort uses it: form-encoded requests with Basic
 * authentication, JSON resources back, and Twilio's error body ({@code code}, {@code message},
 * {@code more_info}, {@code status}) turned into {@link SmsSendException}. The base URL is
 * configurable so that tests talk to a fake that speaks the same API.
 */
final class TwilioApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmsProperties.Twilio account;
    private final HttpClient http;
    private final String authorization;

    TwilioApi(SmsProperties.Twilio account) {
        this.account = account;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode post(String resource, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return call(request(resource)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    JsonNode get(String resource, Map<String, String> query) {
        String suffix = query.isEmpty()
                ? ""
                : "?"
                        + query.entrySet().stream()
                                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                                .collect(Collectors.joining("&"));
        return call(request(resource + suffix).GET().build());
    }

    /** Deletes a resource; one that is already gone (404) counts as deleted. */
    void delete(String resource) {
        try {
            call(request(resource).DELETE().build());
        } catch (SmsSendException e) {
            if (e.httpStatus() != 404) {
                throw e;
            }
        }
    }

    /** A path under the account: {@code /2010-04-01/Accounts/{sid}/<path>}. */
    String accountPath(String path) {
        return "/2010-04-01/Accounts/" + account.accountSid() + "/" + path;
    }

    private HttpRequest.Builder request(String resource) {
        return HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + resource))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private JsonNode call(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw SmsSendException.unreachable("Twilio could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SmsSendException.unreachable("interrupted while calling Twilio");
        }
        int status = response.statusCode();
        if (status == 204) {
            return JSON.createObjectNode();
        }
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300) {
            return body;
        }
        Optional<Integer> code =
                body.path("code").isNumber() ? Optional.of(body.path("code").asInt()) : Optional.empty();
        String message = body.path("message").isString() ? body.path("message").asString() : "HTTP " + status;
        throw new SmsSendException(
                status,
                code,
                "Twilio refused: " + message + code.map(c -> " (" + c + ")").orElse(""));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    static Map<String, String> form() {
        return new LinkedHashMap<>();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
