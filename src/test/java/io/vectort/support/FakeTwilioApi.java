package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of the fake Twilio: HTTP Basic authentication with the account's SID and auth token,
 * the account in the path, then one route per resource. Every refusal is Twilio's error body.
 */
final class FakeTwilioApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACCOUNT = Pattern.compile("/2010-04-01/Accounts/([^/]+)(/.*)");
    private static final Pattern MESSAGE = Pattern.compile("/Messages/([^/]+)\\.json");
    private static final Pattern AVAILABLE = Pattern.compile("/AvailablePhoneNumbers/([^/]+)/Local\\.json");
    private static final Pattern NUMBER = Pattern.compile("/IncomingPhoneNumbers/([^/]+)\\.json");

    private final String accountSid;
    private final String expectedAuthorization;
    private final FakeTwilioMessages messages;
    private final FakeTwilioNumbers numbers;
    private final List<FakeTwilio.Request> requests;
    private final Predicate<String> ours;
    private final String serviceSender;

    FakeTwilioApi(
            String accountSid,
            String authToken,
            FakeTwilioMessages messages,
            FakeTwilioNumbers numbers,
            List<FakeTwilio.Request> requests,
            Predicate<String> ours,
            String serviceSender) {
        this.accountSid = accountSid;
        this.expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.messages = messages;
        this.numbers = numbers;
        this.requests = requests;
        this.ours = ours;
        this.serviceSender = serviceSender;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query =
                    FakeTwilioWire.decode(exchange.getRequestURI().getRawQuery());
            Map<String, String> form =
                    FakeTwilioWire.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new FakeTwilio.Request(method, path, query, form, String.valueOf(authorization)));
            try {
                if (!expectedAuthorization.equals(authorization)) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
                    throw new FakeTwilioError(401, 20003, "Authenticate");
                }
                Matcher account = ACCOUNT.matcher(path);
                if (!account.matches() || !account.group(1).equals(accountSid)) {
                    throw FakeTwilioError.notFound(path);
                }
                route(exchange, method, path, account.group(2), query, form);
            } catch (FakeTwilioError error) {
                reply(exchange, error.status, error.body());
            } catch (RuntimeException bug) {
                // A bug of the fake, not an outage of Twilio's: the message says so, and the server logs it.
                reply(exchange, 500, new FakeTwilioError(500, 20500, "The fake Twilio failed: " + bug).body());
                throw bug;
            }
        }
    }

    private void route(
            HttpExchange exchange,
            String method,
            String path,
            String resource,
            Map<String, String> query,
            Map<String, String> form)
            throws IOException {
        Instant now = Instant.now();
        Matcher message = MESSAGE.matcher(resource);
        Matcher available = AVAILABLE.matcher(resource);
        Matcher number = NUMBER.matcher(resource);
        if (resource.equals("/Messages.json")) {
            if (allow(method, "POST", "GET").equals("POST")) {
                reply(
                        exchange,
                        201,
                        messages.create(form, ours, serviceSender, now).json(accountSid));
            } else {
                reply(exchange, 200, messages.list(path, query));
            }
        } else if (message.matches()) {
            allow(method, "GET");
            reply(exchange, 200, messages.get(path, message.group(1)).json(accountSid));
        } else if (available.matches()) {
            allow(method, "GET");
            reply(exchange, 200, numbers.available(path, available.group(1), query));
        } else if (resource.equals("/IncomingPhoneNumbers.json")) {
            if (allow(method, "POST", "GET").equals("POST")) {
                reply(exchange, 201, numbers.buy(form, now).json(accountSid));
            } else {
                reply(exchange, 200, numbers.list(path, query));
            }
        } else if (number.matches()) {
            String sid = number.group(1);
            switch (allow(method, "GET", "POST", "DELETE")) {
                case "GET" -> reply(exchange, 200, numbers.get(path, sid).json(accountSid));
                case "POST" ->
                    reply(exchange, 200, numbers.update(path, sid, form, now).json(accountSid));
                default -> {
                    numbers.release(path, sid);
                    exchange.sendResponseHeaders(204, -1);
                }
            }
        } else {
            throw FakeTwilioError.notFound(path);
        }
    }

    private static String allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            throw new FakeTwilioError(405, 20004, "Method not allowed");
        }
        return method;
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Twilio-Request-Id", FakeTwilioWire.sid("RQ"));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
