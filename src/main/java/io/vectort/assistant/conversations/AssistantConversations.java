package io.vectort.assistant.conversations;

import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.understanding.Command;
import io.vectort.assistant.understanding.CommandUnderstander;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's conversations with the Assistant. Without an AI provider, a message is understood by
 * fixed rules ({@link CommandUnderstander}), carried out, and answered — the reply is marked as
 * not AI. The user's message, what it changed and the reply are stored in one transaction.
 */
@Service
public class AssistantConversations {

    static final int MAX_MESSAGE_LENGTH = 2000;
    static final int MAX_TITLE_LENGTH = 200;

    private final ConversationStore store;
    private final CommandUnderstander understander;
    private final OfflineReplies replies;
    private final AssistantSettingsStore settings;

    AssistantConversations(
            ConversationStore store,
            CommandUnderstander understander,
            OfflineReplies replies,
            AssistantSettingsStore settings) {
        this.store = store;
        this.understander = understander;
        this.replies = replies;
        this.settings = settings;
    }

    public Conversation create(UUID userId, String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new InvalidRequestException(
                    "title", "too-long", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return store.insert(userId, Ids.newId(), clean.isEmpty() ? "Assistant" : clean);
    }

    public List<Conversation> list(UUID userId) {
        return store.list(userId, 100);
    }

    public Conversation get(UUID userId, UUID conversationId) {
        return store.find(userId, conversationId).orElseThrow(() -> new NotFoundException("Conversation"));
    }

    public List<Message> messages(UUID userId, UUID conversationId, int limit) {
        get(userId, conversationId);
        return store.messages(userId, conversationId, limit);
    }

    @Transactional
    public Exchange post(UUID userId, UUID conversationId, String content) {
        String message = content == null ? "" : content.strip();
        if (message.isEmpty()) {
            throw new InvalidRequestException("content", "required", "must not be empty");
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidRequestException(
                    "content", "too-long", "must be at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        if (!store.lock(userId, conversationId)) {
            throw new NotFoundException("Conversation");
        }
        ZonedDateTime now = ZonedDateTime.now(settings.get(userId).timeZone());
        Command command = understander.understand(message, now);
        Message sent = store.insertMessage(userId, conversationId, "user", message, null, false);
        Reply reply = replies.carryOut(userId, command, now);
        String text = reply.text() + "\n— " + CommandUnderstander.notAiLabel(command.language());
        Message answer = store.insertMessage(userId, conversationId, "assistant", text, reply.intent(), true);
        return new Exchange(sent, answer);
    }
}
