package io.vectort.assistant.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Conversations and messages in PostgreSQL; every query is scoped to one user. */
@Component
class ConversationStore {

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Conversation insert(UUID userId, UUID id, String title) {
        return jdbc.sql("""
                        insert into assistant_conversations (id, user_id, title) values (:id, :user, :title)
                        returning id, title, created_at, updated_at""")
                .param("id", id)
                .param("user", userId)
                .param("title", title)
                .query(ConversationStore::conversation)
                .single();
    }

    List<Conversation> list(UUID userId, int limit) {
        return jdbc.sql("""
                        select id, title, created_at, updated_at from assistant_conversations
                        where user_id = :user order by updated_at desc limit :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query(ConversationStore::conversation)
                .list();
    }

    Optional<Conversation> find(UUID userId, UUID id) {
        return jdbc.sql("""
                        select id, title, created_at, updated_at from assistant_conversations
                        where id = :id and user_id = :user""")
                .param("id", id)
                .param("user", userId)
                .query(ConversationStore::conversation)
                .optional();
    }

    /** Locks the conversation, so that the messages of one conversation are stored one exchange at a time. */
    boolean lock(UUID userId, UUID id) {
        return jdbc.sql("select 1 from assistant_conversations where id = :id and user_id = :user for update")
                .param("id", id)
                .param("user", userId)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    Message insertMessage(
            UUID userId, UUID conversationId, String role, String content, @Nullable String intent, boolean notAi) {
        jdbc.sql("update assistant_conversations set updated_at = now() where id = :id")
                .param("id", conversationId)
                .update();
        return jdbc.sql("""
                        insert into assistant_messages (id, conversation_id, user_id, role, content, intent, not_ai)
                        values (:id, :conversation, :user, :role, :content, :intent, :notAi)
                        returning id, conversation_id, role, content, intent, not_ai, created_at""")
                .param("id", UUID.randomUUID())
                .param("conversation", conversationId)
                .param("user", userId)
                .param("role", role)
                .param("content", content)
                .param("intent", intent)
                .param("notAi", notAi)
                .query(ConversationStore::message)
                .single();
    }

    List<Message> messages(UUID userId, UUID conversationId, int limit) {
        // The newest {@code limit}, oldest first.
        return jdbc.sql("""
                        select * from (
                            select id, conversation_id, role, content, intent, not_ai, created_at
                            from assistant_messages where conversation_id = :conversation and user_id = :user
                            order by created_at desc limit :limit) newest
                        order by created_at""")
                .param("conversation", conversationId)
                .param("user", userId)
                .param("limit", limit)
                .query(ConversationStore::message)
                .list();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("role"),
                rs.getString("content"),
                rs.getString("intent"),
                rs.getBoolean("not_ai"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Timestamp.class).toInstant();
    }
}
