package io.vectort.assistant.conversations;

import io.vectort.assistant.agent.tools.Step;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversations and messages in PostgreSQL; every query is scoped to one user. */
@Component
class ConversationStore {

    /** A turn started longer ago than this belongs to a node that stopped: it no longer blocks. */
    static final Duration TURN_TIMEOUT = Duration.ofMinutes(3);

    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ConversationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Marks a turn as running, unless one already runs: messages of one conversation are answered
     * one at a time, across nodes, without holding a database lock during a model call.
     *
     * @return false when another turn runs (the conversation exists: see {@link #find})
     */
    boolean claimTurn(UUID userId, UUID id) {
        return jdbc.sql("""
                        update assistant_conversations set turn_started_at = now()
                        where id = :id and user_id = :user
                          and (turn_started_at is null or turn_started_at < now() - :timeout * interval '1 second')""")
                        .param("id", id)
                        .param("user", userId)
                        .param("timeout", TURN_TIMEOUT.toSeconds())
                        .update()
                == 1;
    }

    /**
     * Names a conversation after its first message, when it still has the default title: a list
     * of "Assistant", "Assistant", "Assistant" helps nobody find last week's talk.
     */
    void nameAfterFirstMessage(UUID userId, UUID id, String defaultTitle, String title) {
        jdbc.sql("""
                        update assistant_conversations set title = :title
                        where id = :id and user_id = :user and title = :default
                          and (select count(*) from assistant_messages where conversation_id = :id) = 1""")
                .param("title", title)
                .param("id", id)
                .param("user", userId)
                .param("default", defaultTitle)
                .update();
    }

    void releaseTurn(UUID userId, UUID id) {
        jdbc.sql("update assistant_conversations set turn_started_at = null where id = :id and user_id = :user")
                .param("id", id)
                .param("user", userId)
                .update();
    }

    Conversation insert(UUID userId, UUID id, String title, @Nullable String model) {
        return jdbc.sql("""
                        insert into assistant_conversations (id, user_id, title, model)
                        values (:id, :user, :title, :model)
                        returning id, title, model, created_at, updated_at""")
                .param("id", id)
                .param("user", userId)
                .param("title", title)
                .param("model", model)
                .query(ConversationStore::conversation)
                .single();
    }

    List<Conversation> list(UUID userId, int limit) {
        return jdbc.sql("""
                        select id, title, model, created_at, updated_at from assistant_conversations
                        where user_id = :user order by updated_at desc limit :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query(ConversationStore::conversation)
                .list();
    }

    Optional<Conversation> find(UUID userId, UUID id) {
        return jdbc.sql("""
                        select id, title, model, created_at, updated_at from assistant_conversations
                        where id = :id and user_id = :user""")
                .param("id", id)
                .param("user", userId)
                .query(ConversationStore::conversation)
                .optional();
    }

    Message insertMessage(
            UUID userId, UUID conversationId, String role, String content, @Nullable String intent, boolean notAi) {
        return insertMessage(userId, conversationId, role, content, intent, notAi, null, List.of());
    }

    Message insertMessage(
            UUID userId,
            UUID conversationId,
            String role,
            String content,
            @Nullable String intent,
            boolean notAi,
            @Nullable String model,
            List<Step> steps) {
        jdbc.sql("update assistant_conversations set updated_at = now() where id = :id")
                .param("id", conversationId)
                .update();
        return jdbc.sql("""
                        insert into assistant_messages
                            (id, conversation_id, user_id, role, content, intent, not_ai, model, steps)
                        values (:id, :conversation, :user, :role, :content, :intent, :notAi, :model,
                                cast(:steps as jsonb))
                        returning *""")
                .param("id", UUID.randomUUID())
                .param("conversation", conversationId)
                .param("user", userId)
                .param("role", role)
                .param("content", content)
                .param("intent", intent)
                .param("notAi", notAi)
                .param("model", model)
                .param("steps", json.writeValueAsString(steps))
                .query(this::message)
                .single();
    }

    List<Message> messages(UUID userId, UUID conversationId, int limit) {
        // The newest {@code limit}, oldest first.
        return jdbc.sql("""
                        select * from (
                            select * from assistant_messages where conversation_id = :conversation and user_id = :user
                            order by created_at desc limit :limit) newest
                        order by created_at""")
                .param("conversation", conversationId)
                .param("user", userId)
                .param("limit", limit)
                .query(this::message)
                .list();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("model"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("role"),
                rs.getString("content"),
                rs.getString("intent"),
                rs.getBoolean("not_ai"),
                rs.getString("model"),
                json.readValue(rs.getString("steps"), STEPS),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Timestamp.class).toInstant();
    }
}
