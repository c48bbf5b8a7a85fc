package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.conversations.AssistantConversations;
import io.vectort.assistant.web.ConversationViews.ConversationList;
import io.vectort.assistant.web.ConversationViews.ConversationView;
import io.vectort.assistant.web.ConversationViews.CreateConversation;
import io.vectort.assistant.web.ConversationViews.ExchangeView;
import io.vectort.assistant.web.ConversationViews.MessageList;
import io.vectort.assistant.web.ConversationViews.MessageView;
import io.vectort.assistant.web.ConversationViews.PostMessage;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/conversations")
class ConversationController {

    private final AssistantConversations conversations;

    ConversationController(AssistantConversations conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "My conversations with the Assistant, most recent first")
    @UserAccess
    @GetMapping
    ConversationList list(AuthenticatedUser user) {
        return new ConversationList(conversations.list(user.id()).stream()
                .map(ConversationView::from)
                .toList());
    }

    @Operation(summary = "Start a conversation")
    @UserAccess
    @PostMapping
    ResponseEntity<ConversationView> create(
            AuthenticatedUser user, @RequestBody(required = false) CreateConversation body) {
        ConversationView created =
                ConversationView.from(conversations.create(user.id(), body == null ? null : body.title()));
        return ResponseEntity.created(URI.create("/api/v1/assistant/conversations/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One conversation")
    @UserAccess
    @GetMapping("/{id}")
    ConversationView get(AuthenticatedUser user, @PathVariable UUID id) {
        return ConversationView.from(conversations.get(user.id(), id));
    }

    @Operation(summary = "The conversation's latest messages, oldest first")
    @UserAccess
    @GetMapping("/{id}/messages")
    MessageList messages(AuthenticatedUser user, @PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and 500");
        }
        return new MessageList(conversations.messages(user.id(), id, limit).stream()
                .map(MessageView::from)
                .toList());
    }

    @Operation(
            summary = "Send a message; the Assistant carries it out and answers (without an AI provider, by"
                    + " fixed rules for English and French, marked notAi)")
    @UserAccess
    @PostMapping(value = "/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ExchangeView> post(AuthenticatedUser user, @PathVariable UUID id, @RequestBody PostMessage body) {
        ExchangeView exchange = ExchangeView.from(conversations.post(user.id(), id, body.content()));
        return ResponseEntity.status(201).body(exchange);
    }
}
