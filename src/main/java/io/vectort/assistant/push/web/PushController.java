package io.vectort.assistant.push.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.push.AssistantPush;
import io.vectort.assistant.push.PushSubscription;
import io.vectort.assistant.push.PushSubscriptions;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
class PushController {

    private static final String BASE = "/api/v1/assistant/push";

    private final AssistantPush push;
    private final PushSubscriptions subscriptions;

    PushController(AssistantPush push, PushSubscriptions subscriptions) {
        this.push = push;
        this.subscriptions = subscriptions;
    }

    @Operation(
            summary = "The VAPID public key to subscribe a browser with (applicationServerKey)",
            description = "404 when web push is turned off on this installation.")
    @UserAccess
    @GetMapping(BASE + "/public-key")
    PublicKeyView publicKey() {
        return new PublicKeyView(push.publicKey());
    }

    @Operation(
            summary = "Subscribe this browser to my nudges",
            description = "The body is the browser's PushSubscription JSON. The same endpoint again updates "
                    + "its subscription (200); a new one answers 201. The endpoint must be an https URL of a "
                    + "public host (`destination-refused` otherwise).")
    @UserAccess
    @PostMapping(BASE + "/subscriptions")
    ResponseEntity<SubscriptionView> subscribe(
            AuthenticatedUser user,
            @RequestBody(required = false) @Nullable SubscribeRequest body,
            @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) @Nullable String userAgent) {
        push.requireEnabled();
        if (body == null) {
            throw new InvalidRequestException("endpoint", "required", "send the browser's PushSubscription JSON");
        }
        Keys keys = body.keys() == null ? new Keys(null, null) : body.keys();
        PushSubscriptions.Subscribed subscribed = subscriptions.subscribe(
                user.id(), new PushSubscriptions.Subscribe(body.endpoint(), keys.p256dh(), keys.auth(), userAgent));
        return ResponseEntity.status(subscribed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SubscriptionView.from(subscribed.subscription()));
    }

    @Operation(summary = "My browsers that receive nudges (the push service's host only)")
    @UserAccess
    @GetMapping(BASE + "/subscriptions")
    ItemsView list(AuthenticatedUser user) {
        return new ItemsView(subscriptions.list(user.id()).stream()
                .map(SubscriptionView::from)
                .toList());
    }

    @Operation(summary = "Stop pushing to one of my browsers")
    @UserAccess
    @DeleteMapping(BASE + "/subscriptions/{id}")
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        subscriptions.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Send \"Push works\" to all my browsers now",
            description = "Answers how many push services accepted it, failed, or said the browser is gone "
                    + "(that subscription is then deleted).")
    @UserAccess
    @PostMapping(BASE + "/test")
    AssistantPush.TestResult test(AuthenticatedUser user) {
        return push.sendTest(user.id());
    }

    record PublicKeyView(String publicKey) {}

    record Keys(@Nullable String p256dh, @Nullable String auth) {}

    /** The browser's {@code PushSubscription.toJSON()}; {@code expirationTime} is ignored. */
    record SubscribeRequest(
            @Nullable String endpoint, @Nullable Keys keys) {}

    record SubscriptionView(
            UUID id,
            String host,
            @Nullable String userAgent,
            Instant createdAt,
            @Nullable Instant lastSuccessAt,
            @Nullable Instant lastFailureAt) {

        static SubscriptionView from(PushSubscription s) {
            return new SubscriptionView(
                    s.id(), s.host(), s.userAgent(), s.createdAt(), s.lastSuccessAt(), s.lastFailureAt());
        }
    }

    record ItemsView(List<SubscriptionView> items) {}
}
