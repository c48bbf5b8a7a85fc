package io.vectort.assistant.web;

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

    record CreateConversation(@Nullable String title) {}

    record PostMessage(@Nullable String content) {}

    record ConversationView(UUID id, String title, Instant createdAt, Instant updatedAt) {
        static ConversationView from(Conversation c) {
            return new ConversationView(c.id(), c.title(), c.createdAt(), c.updatedAt());
        }
    }

    record ConversationList(List<ConversationView> items) {}

    /**
     * @param intent for the Assistant's messages, what it understood ({@code add_reminder},
     *     {@code not_understood}, ...)
     * @param notAi true when the reply came from fixed rules rather than a model
     */
    record MessageView(
            UUID id, String role, String content, @Nullable String intent, boolean notAi, Instant createdAt) {
        static MessageView from(Message m) {
            return new MessageView(m.id(), m.role(), m.content(), m.intent(), m.notAi(), m.createdAt());
        }
    }

    record MessageList(List<MessageView> items) {}

    record ExchangeView(MessageView message, MessageView reply) {
        static ExchangeView from(Exchange e) {
            return new ExchangeView(MessageView.from(e.message()), MessageView.from(e.reply()));
        }
    }
}
