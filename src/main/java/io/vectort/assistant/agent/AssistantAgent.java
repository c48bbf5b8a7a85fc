package io.vectort.assistant.agent;

import io.vectort.assistant.agent.tools.AssistantToolbox;
import io.vectort.assistant.agent.tools.Step;
import io.vectort.assistant.agent.tools.ToolResult;
import io.vectort.assistant.agent.tools.ToolScope;
import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.billing.ApiCredits;
import io.vectort.billing.InsufficientCreditsException;
import io.vectort.billing.Money;
import io.vectort.providers.CallContext;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.ProviderException;
import io.vectort.providers.RoutedCall;
import io.vectort.providers.ToolCall;
import io.vectort.providers.ToolDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers a message with a model through the LLM gateway: the model may call the Assistant's tools,
 * read their results and go on, for at most {@code maxSteps} calls and {@code maxCostUsd} per turn
 * (the last call may no longer use tools, so a turn always ends with words). Every call is paid from
 * the user's personal credits, held before and settled after like an API call; nothing goes
 * through the response cache — a personal conversation is never answered from someone else's.
 */
@Service
public class AssistantAgent {

    private static final Logger log = LoggerFactory.getLogger(AssistantAgent.class);

    /** Earlier messages are cut to this many characters: the gist is enough for context. */
    static final int HISTORY_MESSAGE_CHARS = 1000;

    private final LlmRouter router;
    private final AssistantToolbox toolbox;
    private final AssistantMemory memory;
    private final ApiCredits credits;
    private final AgentProperties properties;

    AssistantAgent(
            LlmRouter router,
            AssistantToolbox toolbox,
            AssistantMemory memory,
            ApiCredits credits,
            AgentProperties properties) {
        this.router = router;
        this.toolbox = toolbox;
        this.memory = memory;
        this.credits = credits;
        this.properties = properties;
    }

    /** True when messages are answered by a model: a provider is configured and the agent is on. */
    public boolean available() {
        return properties.enabled() && router.hasDeployments();
    }

    /** True when the gateway can answer {@code model} (a model, an alias, a deployment or auto). */
    public boolean knowsModel(String model) {
        return router.knows(model);
    }

    public int historyMessages() {
        return properties.historyMessages();
    }

    /**
     * Runs one turn.
     *
     * @param model the model or alias to ask for; empty for the Assistant's default
     * @param history earlier messages of the conversation, oldest first ({@code user} and {@code
     *     assistant} only)
     * @throws AgentUnavailableException when not even the first call could be made; nothing was done
     */
    public AgentReply answer(
            ToolScope scope, Optional<String> model, List<ChatMessage> history, TurnListener listener) {
        String asked = model.orElse(properties.model());
        List<ChatMessage> messages = new ArrayList<>();
        String memories = memories(scope);
        messages.add(ChatMessage.system(AgentPrompts.system(scope.now(), memories, scope.replyCharacters())));
        history.forEach(m -> messages.add(
                new ChatMessage(m.role(), cut(m.content()), List.of(), Optional.empty(), Optional.empty())));
        messages.add(ChatMessage.user(scope.message()));
        List<ToolDefinition> tools = toolbox.definitions();
        CallContext context = new CallContext("assistant", Optional.of(scope.userId()), Optional.empty());
        List<Step> steps = new ArrayList<>();
        String answeredBy = asked;
        StringBuilder reply = new StringBuilder();
        for (int call = 1; call <= properties.maxSteps(); call++) {
            boolean last =
                    call == properties.maxSteps() || context.cost().usd().compareTo(properties.maxCostUsd()) >= 0;
            StringBuilder text = new StringBuilder();
            ToolCallAssembler calls = new ToolCallAssembler();
            ChatRequest request = new ChatRequest(
                    asked,
                    messages,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalInt.of(properties.maxOutputTokens()),
                    List.of(),
                    tools,
                    Optional.of(last ? "none" : "auto"),
                    Optional.empty());
            try {
                answeredBy = paidCall(scope, request, context, chunk -> {
                    if (!chunk.contentDelta().isEmpty()) {
                        text.append(chunk.contentDelta());
                        listener.delta(chunk.contentDelta());
                    }
                    calls.accept(chunk.toolCallDeltas());
                });
            } catch (InsufficientCreditsException e) {
                if (call == 1) {
                    throw new AgentUnavailableException("credits", e);
                }
                return new AgentReply(
                        unfinished(reply, steps),
                        steps,
                        answeredBy,
                        context.cost().usd());
            } catch (ProviderException e) {
                if (call == 1) {
                    throw new AgentUnavailableException("provider", e);
                }
                log.warn("The Assistant's model failed after {} steps: {}", steps.size(), e.kind());
                return new AgentReply(
                        unfinished(reply, steps),
                        steps,
                        answeredBy,
                        context.cost().usd());
            }
            reply.append(text);
            List<ToolCall> toolCalls = last ? List.of() : calls.calls();
            if (toolCalls.isEmpty()) {
                return new AgentReply(
                        unfinished(reply, steps),
                        steps,
                        answeredBy,
                        context.cost().usd());
            }
            messages.add(new ChatMessage("assistant", text.toString(), toolCalls, Optional.empty(), Optional.empty()));
            for (ToolCall toolCall : toolCalls) {
                ToolResult result = toolbox.run(scope, toolCall);
                steps.add(result.step());
                listener.step(result.step());
                messages.add(new ChatMessage(
                        "tool",
                        result.output().toString(),
                        List.of(),
                        Optional.of(toolCall.id()),
                        Optional.of(toolCall.name())));
            }
            if (!text.isEmpty()) {
                reply.append("\n\n");
            }
        }
        return new AgentReply(
                unfinished(reply, steps), steps, answeredBy, context.cost().usd());
    }

    /** The memories for the prompt; without them (the embedding model busy) the turn still goes on. */
    private String memories(ToolScope scope) {
        try {
            return memory.contextFor(scope.userId(), scope.message(), properties.memoryTokens())
                    .text();
        } catch (RuntimeException e) {
            log.warn("Answering without long-term memories: {}", e.toString());
            return "";
        }
    }

    /** One model call, its most possible cost held from the user's credits and what it cost settled. */
    private String paidCall(
            ToolScope scope,
            ChatRequest request,
            CallContext context,
            io.vectort.providers.ChatStreamListener listener) {
        long inputTokens = request.messages().stream()
                                .mapToLong(m -> m.content().length()
                                        + m.toolCalls().stream()
                                                .mapToLong(
                                                        c -> c.argumentsJson().length())
                                                .sum())
                                .sum()
                        / 3
                + toolboxTokens(request);
        long estimate = Money.microsOf(
                router.maxCostUsd(request.model(), request.messages(), inputTokens, properties.maxOutputTokens()));
        ApiCredits.Hold hold = credits.hold(scope.userId(), estimate);
        BigDecimal before = context.cost().usd();
        try {
            RoutedCall routed = router.stream(request, context, listener);
            return routed.model();
        } finally {
            credits.settle(hold, Money.microsOf(context.cost().usd().subtract(before)));
        }
    }

    private static long toolboxTokens(ChatRequest request) {
        return request.tools().stream()
                        .mapToLong(t -> t.description().length()
                                + t.parametersSchema().toString().length())
                        .sum()
                / 3;
    }

    /**
     * The reply's text; when the model wrote none (it ran out of steps or money, failed midway, or
     * just said nothing), what was done, so the user is never left with an empty answer.
     */
    private static String unfinished(StringBuilder reply, List<Step> steps) {
        String text = reply.toString().strip();
        if (!text.isEmpty()) {
            return text;
        }
        long done = steps.stream().filter(Step::ok).count();
        return done == 0
                ? "Sorry, I could not finish that. Could you say it again, more simply?"
                : "Done: "
                        + steps.stream()
                                .filter(Step::ok)
                                .map(s -> s.title() == null ? s.tool() : s.tool() + " (" + s.title() + ")")
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("");
    }

    private static String cut(String content) {
        return content.length() <= HISTORY_MESSAGE_CHARS ? content : content.substring(0, HISTORY_MESSAGE_CHARS) + "…";
    }
}
