package io.vectort.generation.llm;

import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.HistoryDigest;
import io.vectort.providers.CallContext;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.ProviderException;
import io.vectort.providers.RoutedCall;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Has the model condense the turns a follow-up no longer quotes into the project's rolling summary
 * ({@link HistoryDigest}). It calls only once {@code digest-every} such turns piled up since the
 * last summary, so a long-lived project pays for one short call every few follow-ups; the call is
 * part of the generation, and its tokens and cost are the generation's. A summary the model cannot
 * make is not a failure: the follow-up then tells those turns by their version summaries.
 */
@Component
class HistoryCondenser {

    private static final Logger log = LoggerFactory.getLogger(HistoryCondenser.class);

    private static final String INSTRUCTIONS = """
            You keep the history of a software project short for the developer who changes it next.
            Write one summary of what the project is and what its changes built, decided or removed
            that still holds after all of them: features, data and their fields, pages, visual style,
            constraints the user asked for. Later changes override earlier ones. No code, no file
            contents, no list of every request: plain sentences, in the user's language, at most %d
            characters.""";

    private final LlmRouter router;
    private final LlmGeneratorProperties settings;

    HistoryCondenser(LlmRouter router, LlmGeneratorProperties settings) {
        this.router = router;
        this.settings = settings;
    }

    /** A condensing call and what it made: its cost counts even when the model's answer was empty. */
    record Condensed(Optional<HistoryDigest> digest, RoutedCall call) {}

    /**
     * Condenses the turns older than the quoted ones when enough piled up since the request's
     * digest; empty when none is due or the call failed.
     */
    Optional<Condensed> condenseIfDue(CodeRequest request, String model, CallContext context) {
        int older = request.previousTurns().size() - FollowUpHistory.RECENT_TURNS;
        int covered = request.historyDigest().map(HistoryDigest::coversTurns).orElse(0);
        if (settings.digestEvery() == 0 || older - covered < settings.digestEvery()) {
            return Optional.empty();
        }
        List<ChatMessage> messages = List.of(
                ChatMessage.system(INSTRUCTIONS.formatted(settings.digestChars())),
                ChatMessage.user(input(request, covered, older)));
        try {
            var answer =
                    router.chat(ChatRequest.of(model, messages).withMaxTokens(settings.digestMaxTokens()), context);
            String text = FollowUpHistory.cut(
                    Objects.requireNonNullElse(answer.response().content(), ""), settings.digestChars());
            Optional<HistoryDigest> digest =
                    text.isBlank() ? Optional.empty() : Optional.of(new HistoryDigest(text, older));
            return Optional.of(new Condensed(digest, answer.call()));
        } catch (ProviderException e) {
            log.warn("Could not condense the project's history; the follow-up tells version summaries: {}", e.kind());
            return Optional.empty();
        }
    }

    /** The worst case of one condensing call, which a follow-up's credit hold must cover. */
    BigDecimal maxCostUsd(String model) {
        if (settings.digestEvery() == 0) {
            return BigDecimal.ZERO;
        }
        long inputTokens = 500 + (inputBudget() + settings.digestChars()) / 3;
        return router.maxCostUsd(
                model, List.of(ChatMessage.user(INSTRUCTIONS)), inputTokens, settings.digestMaxTokens());
    }

    /**
     * The earlier summary and the turns after it, newest kept first within the input budget: a
     * project that predates summaries may bring dozens at once.
     */
    private String input(CodeRequest request, int covered, int older) {
        Deque<String> lines = new ArrayDeque<>();
        int used = 0;
        int left = 0;
        for (int i = older - 1; i >= covered; i--) {
            String line = FollowUpHistory.quoted(i + 1, request.previousTurns().get(i));
            if (used + line.length() > inputBudget()) {
                left = i - covered + 1;
                break;
            }
            lines.addFirst(line);
            used += line.length();
        }
        StringBuilder out = new StringBuilder();
        request.historyDigest()
                .ifPresent(d -> out.append("The summary of changes 1 to ")
                        .append(d.coversTurns())
                        .append(":\n")
                        .append(d.text().strip())
                        .append("\n\n"));
        out.append("The changes to fold into it, oldest first (each with what was done):\n");
        if (left > 0) {
            out.append("(").append(left).append(" older changes do not fit here and are left out.)\n");
        }
        lines.forEach(out::append);
        return out.append("\nWrite the updated summary of changes 1 to ")
                .append(older)
                .append(".")
                .toString();
    }

    private int inputBudget() {
        return settings.historyChars() * 2;
    }
}
