package io.vectort.assistant.conversations;

import io.vectort.assistant.agent.AgentReply;
import io.vectort.assistant.agent.AgentUnavailableException;
import io.vectort.assistant.agent.AssistantAgent;
import io.vectort.assistant.agent.tools.ToolScope;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.understanding.Command;
import io.vectort.assistant.understanding.CommandUnderstander;
import io.vectort.assistant.understanding.Language;
import io.vectort.providers.ChatMessage;
import io.vectort.shared.ConflictException;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's conversations with the Assistant. With an AI provider, the agent answers ({@link
 * AssistantAgent}). Without one, a message is understood by fixed rules ({@link
 * CommandUnderstander}), carried out, and answered — the reply is marked as not AI; the user's
 * message, what it changed and the reply are then stored in one transaction.
 */
@Service
public class AssistantConversations {

    private static final Logger log = LoggerFactory.getLogger(AssistantConversations.class);

    static final int MAX_MESSAGE_LENGTH = 2000;
    static final int MAX_TITLE_LENGTH = 200;

    /** The title of a conversation nobody named; its first message names it. */
    static final String DEFAULT_TITLE = "Assistant";

    /** A title made from a first message: enough words to recognise it in a list. */
    static final int GENERATED_TITLE_LENGTH = 60;

    private final ConversationStore store;
    private final CommandUnderstander understander;
    private final OfflineReplies replies;
    private final AssistantSettingsStore settings;
    private final AssistantAgent agent;
    private final TransactionTemplate transactions;

    AssistantConversations(
            ConversationStore store,
            CommandUnderstander understander,
            OfflineReplies replies,
            AssistantSettingsStore settings,
            AssistantAgent agent,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.understander = understander;
        this.replies = replies;
        this.settings = settings;
        this.agent = agent;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @param model a model or alias of the gateway for this conversation's replies; null for the
     *     Assistant's default
     */
    public Conversation create(UUID userId, @Nullable String title, @Nullable String model) {
        String clean = title == null ? "" : title.strip();
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new InvalidRequestException(
                    "title", "too-long", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        String chosen = model == null || model.isBlank() ? null : model.strip();
        if (chosen != null && !agent.knowsModel(chosen)) {
            throw new InvalidRequestException("model", "unknown-model", "is not a model of this server");
        }
        return store.insert(userId, Ids.newId(), clean.isEmpty() ? DEFAULT_TITLE : clean, chosen);
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

    /** Posts a message and answers it, without watching the turn live. */
    public Exchange post(UUID userId, UUID conversationId, String content) {
        return post(userId, conversationId, content, ExchangeListener.NONE);
    }

    /**
     * Posts a message and answers it: by the agent when a model is available, else (or when the
     * model cannot be reached, or the credits do not cover a call) by the fixed rules. One message
     * of a conversation is answered at a time; a second one meanwhile is refused with 409 {@code
     * turn-in-progress}, before anything is stored. The user's message is stored first, then each
     * tool's effect as it happens, then the reply — a client that leaves midway loses nothing.
     */
    public Exchange post(UUID userId, UUID conversationId, String content, ExchangeListener listener) {
        return post(userId, conversationId, content, listener, OptionalInt.empty());
    }

    /**
     * Like {@link #post(UUID, UUID, String, ExchangeListener)}, for a channel that carries short
     * replies only (SMS): the model is told the budget.
     */
    public Exchange post(
            UUID userId, UUID conversationId, String content, ExchangeListener listener, OptionalInt replyCharacters) {
        String message = valid(content);
        Conversation conversation = get(userId, conversationId);
        if (!store.claimTurn(userId, conversationId)) {
            throw new ConflictException(
                    "turn-in-progress",
                    "The Assistant is still answering your previous message; send this one after it");
        }
        try {
            ZonedDateTime now = ZonedDateTime.now(settings.get(userId).timeZone());
            Command command = understander.understand(message, now);
            if (!agent.available()) {
                return transactions.execute(status -> answerOffline(
                        userId, conversationId, sent(userId, conversationId, message, listener), command, now, ""));
            }
            List<ChatMessage> history = history(userId, conversationId);
            Message sent = sent(userId, conversationId, message, listener);
            ToolScope scope = new ToolScope(userId, now, message, command instanceof Command.Remember, replyCharacters);
            try {
                AgentReply reply = agent.answer(scope, Optional.ofNullable(conversation.model()), history, listener);
                Message answer = store.insertMessage(
                        userId, conversationId, "assistant", reply.text(), null, false, reply.model(), reply.steps());
                return new Exchange(sent, answer);
            } catch (AgentUnavailableException e) {
                String why = e.reason().equals("credits")
                        ? say(
                                command.language(),
                                "(Out of credits for AI: simple commands only.) ",
                                "(Plus de crédits pour l'IA : commandes simples seulement.) ")
                        : say(
                                command.language(),
                                "(AI unavailable right now: simple commands only.) ",
                                "(IA indisponible pour l'instant : commandes simples seulement.) ");
                return transactions.execute(status -> answerOffline(userId, conversationId, sent, command, now, why));
            } catch (RuntimeException e) {
                // A fault of ours mid-turn: the tools' effects so far are committed, so the command is
                // not carried out a second time by the rules; the user gets an honest answer.
                log.error("An Assistant turn failed", e);
                Message answer = store.insertMessage(
                        userId,
                        conversationId,
                        "assistant",
                        say(
                                command.language(),
                                "Sorry, something went wrong on my side. Anything I did is saved: check Today.",
                                "Désolé, j'ai eu un problème. Ce que j'ai fait est enregistré : regarde Aujourd'hui."),
                        "failed",
                        false);
                return new Exchange(sent, answer);
            }
        } finally {
            store.releaseTurn(userId, conversationId);
        }
    }

    /** Stores the user's message (naming the conversation after it when it is the first) and says so. */
    private Message sent(UUID userId, UUID conversationId, String message, ExchangeListener listener) {
        Message sent = store.insertMessage(userId, conversationId, "user", message, null, false);
        store.nameAfterFirstMessage(userId, conversationId, DEFAULT_TITLE, titleFrom(message));
        listener.sent(sent);
        return sent;
    }

    private Exchange answerOffline(
            UUID userId, UUID conversationId, Message sent, Command command, ZonedDateTime now, String prefix) {
        Reply reply = replies.carryOut(userId, command, now);
        String text = prefix + reply.text() + "\n— " + CommandUnderstander.notAiLabel(command.language());
        Message answer = store.insertMessage(userId, conversationId, "assistant", text, reply.intent(), true);
        return new Exchange(sent, answer);
    }

    /** The conversation so far, for the model: its latest messages, oldest first. */
    private List<ChatMessage> history(UUID userId, UUID conversationId) {
        return store.messages(userId, conversationId, agent.historyMessages()).stream()
                .map(m -> m.role().equals("user") ? ChatMessage.user(m.content()) : ChatMessage.assistant(m.content()))
                .toList();
    }

    /** The first line of a message, cut at a word before {@link #GENERATED_TITLE_LENGTH} characters. */
    static String titleFrom(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= GENERATED_TITLE_LENGTH) {
            return line.isEmpty() ? DEFAULT_TITLE : line;
        }
        int cut = line.lastIndexOf(' ', GENERATED_TITLE_LENGTH - 1);
        return line.substring(0, cut > GENERATED_TITLE_LENGTH / 2 ? cut : GENERATED_TITLE_LENGTH - 1) + "…";
    }

    private static String valid(String content) {
        String message = content == null ? "" : content.strip();
        if (message.isEmpty()) {
            throw new InvalidRequestException("content", "required", "must not be empty");
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidRequestException(
                    "content", "too-long", "must be at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        return message;
    }

    private static String say(Language language, String english, String french) {
        return language == Language.FR ? french : english;
    }
}
