package io.vectort.gateway.web;

import io.vectort.billing.ApiCredits;
import io.vectort.billing.KeyBudgets;
import io.vectort.billing.Money;
import io.vectort.billing.Quotas;
import io.vectort.identity.ApiKeyOwner;
import io.vectort.providers.CallContext;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.LlmRouter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The money side of an API call: the key's own budgets, the organisation's request quota, a hold on
 * credits for the most the call can cost, and the settlement of what it actually cost — also when
 * it failed or the client left.
 */
@Component
class CallAccounting {

    /** Output assumed for the hold when a request sets no max_tokens. */
    static final int DEFAULT_MAX_OUTPUT = 4096;

    private final Quotas quotas;
    private final ApiCredits credits;
    private final KeyBudgets budgets;
    private final LlmRouter router;

    CallAccounting(Quotas quotas, ApiCredits credits, KeyBudgets budgets, LlmRouter router) {
        this.quotas = quotas;
        this.credits = credits;
        this.budgets = budgets;
        this.router = router;
    }

    /**
     * Counts a call that costs nothing (a cache hit) against the organisation's request quota; no
     * budget is touched, as nothing is spent.
     */
    void admit(ApiKeyOwner caller) {
        quotas.admitApiRequest(caller.orgId());
    }

    <T> T run(
            ApiKeyOwner caller,
            String model,
            List<ChatMessage> messages,
            long inputCharacters,
            long maxOutputTokens,
            Function<CallContext, T> call) {
        // A third of the characters is a generous token count for English and code.
        return runWithTokens(caller, model, messages, inputCharacters / 3 + 16, maxOutputTokens, call);
    }

    /** A call whose input was already counted in tokens, such as embeddings (no output tokens). */
    <T> T runWithTokens(
            ApiKeyOwner caller,
            String model,
            List<ChatMessage> messages,
            long inputTokens,
            long maxOutputTokens,
            Function<CallContext, T> call) {
        long estimate = Money.microsOf(router.maxCostUsd(model, messages, inputTokens, maxOutputTokens));
        // The key's budget first: a key that spent its budget must not use up its organisation's quota.
        KeyBudgets.Reservation reservation = budgets.reserve(caller, estimate);
        ApiCredits.Hold hold;
        try {
            quotas.admitApiRequest(caller.orgId());
            hold = credits.hold(caller.orgId(), estimate);
        } catch (RuntimeException refused) {
            budgets.settle(reservation, 0);
            throw refused;
        }
        CallContext context = new CallContext("api", Optional.of(caller.orgId()), Optional.of(caller.keyId()));
        try {
            return call.apply(context);
        } finally {
            long actual = Money.microsOf(context.cost().usd());
            credits.settle(hold, actual);
            budgets.settle(reservation, actual);
        }
    }
}
