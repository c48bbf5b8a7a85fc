package io.vectort.assistant.web;

import io.vectort.assistant.agent.tools.Step;
import io.vectort.assistant.conversations.Conversation;
import io.vectort.assistant.conversations.Exchange;
import io.vectort.assistant.conversations.Message;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the conversation endpoints. */
final class ConversationViews {

    private ConversationViews() {}

    /** @param model a model or alias of the gateway for the replies; absent for the Assistant's default */
    record CreateConversation(
            @Nullable String title, @Nullable String model) {}

    record PostMessage(@Nullable String content) {}

    record ConversationView(UUID id, String title, @Nullable String model, Instant createdAt, Instant updatedAt) {
        static ConversationView from(Conversation c) {
            return new ConversationView(c.id(), c.title(), c.model(), c.createdAt(), c.updatedAt());
        }
    }

    record ConversationList(List<ConversationView> items) {}

    /**
     * @param intent for the Assistant's messages, what it understood ({@code add_reminder},
     *     {@code not_understood}, ...)
     * @param notAi true when the reply came from fixed rules rather than a model
     */
    record MessageView(
            UUID id,
            String role,
            String content,
            @Nullable String intent,
            boolean notAi,
            @Nullable String model,
            List<StepView> steps,
            Instant createdAt) {
        static MessageView from(Message m) {
            return new MessageView(
                    m.id(),
                    m.role(),
                    m.content(),
                    m.intent(),
                    m.notAi(),
                    m.model(),
                    m.steps().stream().map(StepView::from).toList(),
                    m.createdAt());
        }
    }

    /**
     * A tool the agent ran for a reply.
     *
     * @param tool its name ({@code create_reminder}, {@code add_task}, ...)
     * @param title the item concerned (a task's title, a reminder's text, a fact)
     * @param at the moment concerned (a reminder's time)
     * @param error why it was refused, when {@code ok} is false
     */
    record StepView(
            String tool,
            boolean ok,
            @Nullable String title,
            @Nullable Instant at,
            @Nullable String error) {
        static StepView from(Step s) {
            return new StepView(s.tool(), s.ok(), s.title(), s.at(), s.error());
        }
    }

    record MessageList(List<MessageView> items) {}

    record ExchangeView(MessageView message, MessageView reply) {
        static ExchangeView from(Exchange e) {
            return new ExchangeView(MessageView.from(e.message()), MessageView.from(e.reply()));
        }
    }
}
