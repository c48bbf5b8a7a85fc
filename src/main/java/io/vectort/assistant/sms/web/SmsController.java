package io.vectort.assistant.sms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.sms.NumberProvisioning;
import io.vectort.assistant.sms.PhoneVerification;
import io.vectort.assistant.sms.SmsAccount;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/sms")
class SmsController {

    private final SmsAccount account;
    private final PhoneVerification verification;
    private final NumberProvisioning numbers;

    SmsController(SmsAccount account, PhoneVerification verification, NumberProvisioning numbers) {
        this.account = account;
        this.verification = verification;
        this.numbers = numbers;
    }

    record PhoneRequest(@Nullable String number, @Nullable String country) {}

    record CodeRequest(@Nullable String code) {}

    record SimulatedText(@Nullable String body) {}

    @Operation(summary = "My SMS set-up: phone, the number to text, usage this month")
    @UserAccess
    @GetMapping
    SmsViews.StateView state(AuthenticatedUser user) {
        return SmsViews.StateView.of(account.state(user.id()));
    }

    @Operation(summary = "Text a verification code to my phone")
    @UserAccess
    @PostMapping("/phone")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SmsViews.StateView phone(AuthenticatedUser user, @RequestBody PhoneRequest body) {
        verification.sendCode(user.id(), body.number(), body.country());
        return state(user);
    }

    @Operation(summary = "Verify my phone with the code texted to it")
    @UserAccess
    @PostMapping("/phone/verify")
    SmsViews.StateView verify(AuthenticatedUser user, @RequestBody CodeRequest body) {
        verification.verify(user.id(), body.code());
        return state(user);
    }

    @Operation(summary = "Forget my phone (and give my own number back)")
    @UserAccess
    @DeleteMapping("/phone")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePhone(AuthenticatedUser user) {
        account.removePhone(user.id());
    }

    @Operation(summary = "Get my own number to text (dedicated routing)")
    @UserAccess
    @PostMapping("/number")
    @ResponseStatus(HttpStatus.CREATED)
    SmsViews.StateView provision(AuthenticatedUser user) {
        numbers.provision(user.id());
        return state(user);
    }

    @Operation(summary = "Give my own number back")
    @UserAccess
    @DeleteMapping("/number")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(AuthenticatedUser user) {
        numbers.release(user.id());
    }

    @Operation(summary = "My texts with the Assistant, with their delivery state, oldest first")
    @UserAccess
    @GetMapping("/messages")
    Map<String, Object> messages(AuthenticatedUser user, @RequestParam(defaultValue = "100") int limit) {
        return Map.of(
                "messages",
                account.messages(user.id(), limit).stream()
                        .map(SmsViews.MessageView::of)
                        .toList());
    }

    @Operation(summary = "Simulator: text the Assistant from my verified phone (only without an SMS provider)")
    @UserAccess
    @PostMapping("/simulator/inbound")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> simulate(AuthenticatedUser user, @RequestBody SimulatedText body) {
        return Map.of("id", account.simulateText(user.id(), body.body()));
    }
}
