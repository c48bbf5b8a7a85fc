package io.vectort.support;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The Messages resource of the fake Twilio: sending (with Twilio's checks, in Twilio's order),
 * fetching and listing, and what happens after a message is accepted: it is sent and delivered (or
 * not) on the callback thread, each step changing the resource and, when the message has a {@code
 * StatusCallback}, calling it.
 */
final class FakeTwilioMessages {

    private static final int MAX_BODY = 1600;
    private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-f]{32}");
    private static final Map<Integer, String> DELIVERY_ERRORS = Map.of(
            30003, "Unreachable destination handset",
            30004, "Message blocked",
            30005, "Unknown destination handset",
            30006, "Landline or unreachable carrier",
            30007, "Message filtered",
            30008, "Unknown error");
    private static final Map<Integer, String> SERVER_ERRORS =
            Map.of(20429, "Too Many Requests", 20500, "Internal Server Error", 20503, "Service Unavailable");

    private final String accountSid;
    private final FakeTwilioWebhooks webhooks;
    private final Map<String, FakeTwilioMessage> messages = new LinkedHashMap<>();
    private final List<FakeTwilio.Callback> callbacks = new ArrayList<>();
    private final Set<String> optedOut = new HashSet<>();
    private final Map<String, Integer> unreachable = new HashMap<>();
    private final Map<String, Integer> failing = new HashMap<>();
    private final Deque<FakeTwilioError> scriptedFailures = new ArrayDeque<>();

    FakeTwilioMessages(String accountSid, FakeTwilioWebhooks webhooks) {
        this.accountSid = accountSid;
        this.webhooks = webhooks;
    }

    synchronized void reset() {
        messages.clear();
        callbacks.clear();
        optedOut.clear();
        unreachable.clear();
        failing.clear();
        scriptedFailures.clear();
    }

    synchronized void failNextSends(int times, int httpStatus, int code) {
        String message = SERVER_ERRORS.getOrDefault(code, "Error " + code);
        for (int i = 0; i < times; i++) {
            scriptedFailures.add(new FakeTwilioError(httpStatus, code, message));
        }
    }

    synchronized void optOut(String number) {
        optedOut.add(number);
    }

    synchronized void optIn(String number) {
        optedOut.remove(number);
    }

    synchronized void unreachable(String number, int errorCode) {
        unreachable.put(number, errorCode);
    }

    synchronized void failing(String number, int errorCode) {
        failing.put(number, errorCode);
    }

    /**
     * {@code POST …/Messages.json}. {@code ours} says whether a number may send from this account; a
     * message through the Messaging Service leaves from {@code serviceSender}.
     */
    FakeTwilioMessage create(Map<String, String> form, Predicate<String> ours, String serviceSender, Instant now) {
        FakeTwilioMessage message;
        synchronized (this) {
            FakeTwilioError scripted = scriptedFailures.poll();
            if (scripted != null) {
                throw scripted;
            }
            check(form, ours);
            message = FakeTwilioMessage.outbound(
                    form.get("From"),
                    form.get("To"),
                    form.get("Body"),
                    form.get("MessagingServiceSid"),
                    form.get("StatusCallback"),
                    now);
            messages.put(message.sid(), message);
        }
        String sender = message.from() == null ? serviceSender : message.from();
        Integer failure = failureFor(message.to());
        if (failure != null) {
            webhooks.later(() -> step(message.sid(), m -> notDelivered(m, "failed", failure)));
            return message;
        }
        Integer undelivered = unreachableFor(message.to());
        webhooks.later(() -> step(message.sid(), m -> m.sent(sender, Instant.now())));
        webhooks.later(() -> step(
                message.sid(),
                m -> undelivered == null ? m.delivered(Instant.now()) : notDelivered(m, "undelivered", undelivered)));
        return message;
    }

    private void check(Map<String, String> form, Predicate<String> ours) {
        String to = form.get("To");
        String body = form.get("Body");
        String from = form.get("From");
        String service = form.get("MessagingServiceSid");
        if (to == null || to.isBlank()) {
            throw FakeTwilioError.badRequest(21604, "A 'To' phone number is required.");
        } else if (body == null || body.isBlank()) {
            throw FakeTwilioError.badRequest(21602, "Message body is required.");
        } else if (!FakeTwilioWire.isE164(to)) {
            throw FakeTwilioError.badRequest(21211, "The 'To' number " + to + " is not a valid phone number.");
        } else if ((from == null || from.isBlank()) && service == null) {
            throw FakeTwilioError.badRequest(21603, "A 'From' phone number is required.");
        } else if (service != null && !SERVICE_SID.matcher(service).matches()) {
            throw FakeTwilioError.badRequest(21705, "The Messaging Service Sid " + service + " is invalid.");
        } else if (service != null && !service.equals(FakeTwilio.MESSAGING_SERVICE_SID)) {
            throw FakeTwilioError.badRequest(21701, "The Messaging Service Sid " + service + " does not exist.");
        } else if (service == null && !ours.test(from)) {
            throw FakeTwilioError.badRequest(
                    21606,
                    "The From phone number " + from
                            + " is not a valid, SMS-capable inbound phone number or short code for your account.");
        } else if (body.length() > MAX_BODY) {
            throw FakeTwilioError.badRequest(
                    21617, "The concatenated message body exceeds the " + MAX_BODY + " character limit.");
        } else if (optedOut.contains(to)) {
            throw FakeTwilioError.badRequest(21610, "Attempt to send to unsubscribed recipient");
        }
    }

    synchronized void received(FakeTwilioMessage message) {
        messages.putIfAbsent(message.sid(), message);
    }

    synchronized FakeTwilioMessage get(String path, String sid) {
        FakeTwilioMessage message = messages.get(sid);
        if (message == null) {
            throw FakeTwilioError.notFound(path);
        }
        return message;
    }

    synchronized List<FakeTwilioMessage> all() {
        return List.copyOf(messages.values());
    }

    synchronized List<FakeTwilio.Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** {@code GET …/Messages.json}: newest first, filtered by {@code To} and {@code From}. */
    synchronized Map<String, Object> list(String path, Map<String, String> query) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String filter : List.of("To", "From")) {
            if (query.containsKey(filter)) {
                filters.put(filter, query.get(filter));
            }
        }
        List<FakeTwilioMessage> newestFirst = new ArrayList<>(messages.values())
                .reversed().stream()
                        .filter(m ->
                                !filters.containsKey("To") || filters.get("To").equals(m.to()))
                        .filter(m -> !filters.containsKey("From")
                                || filters.get("From").equals(m.from()))
                        .toList();
        return FakeTwilioPage.of(
                "messages", newestFirst, FakeTwilioMessage::sid, m -> m.json(accountSid), path, filters, query);
    }

    private synchronized Integer failureFor(String to) {
        return failing.get(to);
    }

    private synchronized Integer unreachableFor(String to) {
        return unreachable.get(to);
    }

    private static FakeTwilioMessage notDelivered(FakeTwilioMessage message, String status, int code) {
        return message.notDelivered(status, code, DELIVERY_ERRORS.get(code), Instant.now());
    }

    /** Moves a message to its next status, then tells its status callback, if any. */
    private void step(String sid, UnaryOperator<FakeTwilioMessage> change) {
        FakeTwilioMessage changed;
        synchronized (this) {
            FakeTwilioMessage message = messages.get(sid);
            if (message == null) {
                return; // reset() since it was sent
            }
            changed = change.apply(message);
            messages.put(sid, changed);
        }
        if (changed.statusCallback() != null && !changed.statusCallback().isBlank()) {
            callBack(changed);
        }
    }

    private void callBack(FakeTwilioMessage message) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", accountSid);
        params.put("ApiVersion", FakeTwilioWire.API_VERSION);
        if (message.errorCode() != null) {
            params.put("ErrorCode", String.valueOf(message.errorCode()));
        }
        if (message.from() != null) {
            params.put("From", message.from());
        }
        params.put("MessageSid", message.sid());
        params.put("MessageStatus", message.status());
        if (message.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", message.messagingServiceSid());
        }
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", message.status());
        params.put("To", message.to());
        int status;
        try {
            status = webhooks.send(message.statusCallback(), "POST", params).status();
        } catch (IllegalStateException unreachableCallback) {
            status = 0; // Twilio logs error 11200 and moves on; it does not retry status callbacks
        }
        String signature = FakeTwilio.signature(FakeTwilio.AUTH_TOKEN, message.statusCallback(), params);
        synchronized (this) {
            callbacks.add(new FakeTwilio.Callback(
                    message.statusCallback(), Collections.unmodifiableMap(params), signature, status));
        }
    }
}
