package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.conversations.AssistantConversations;
import io.vectort.assistant.conversations.Exchange;
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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/conversations")
class ConversationController {

    private final AssistantConversations conversations;
    private final JsonMapper json;

    ConversationController(AssistantConversations conversations, JsonMapper json) {
        this.conversations = conversations;
        this.json = json;
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
        ConversationView created = ConversationView.from(conversations.create(
                user.id(), body == null ? null : body.title(), body == null ? null : body.model()));
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
            summary = "Send a message; the Assistant carries it out and answers",
            description = "With an AI provider the agent answers, calling tools (steps); without one, fixed"
                    + " rules for English and French answer (notAi). With Accept: text/event-stream the"
                    + " exchange streams as server-sent events: message, delta*, step*, reply; otherwise"
                    + " 201 with the message and its reply as JSON. 409 turn-in-progress while a previous"
                    + " message of the conversation is being answered.")
    @ApiResponse(
            responseCode = "201",
            description = "The message and the reply",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ExchangeView.class)))
    @ApiResponse(
            responseCode = "200",
            description = "The exchange as server-sent events",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE))
    @UserAccess
    @PostMapping("/{id}/messages")
    void post(
            AuthenticatedUser user,
            @PathVariable UUID id,
            @RequestBody PostMessage body,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            HttpServletResponse response)
            throws IOException {
        if (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            ExchangeStream stream = new ExchangeStream(response, json);
            Exchange exchange = conversations.post(user.id(), id, body.content(), stream);
            stream.reply(exchange.reply());
            return;
        }
        ExchangeView exchange = ExchangeView.from(conversations.post(user.id(), id, body.content()));
        response.setStatus(201);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), exchange);
    }
}
