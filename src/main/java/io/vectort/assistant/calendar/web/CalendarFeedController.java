package io.vectort.assistant.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.calendar.CalendarFeeds;
import io.vectort.assistant.calendar.CalendarFeeds.IssuedFeed;
import io.vectort.assistant.calendar.FeedDocuments;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.PublicUrl;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
class CalendarFeedController {

    static final String FEED_PATH = "/api/v1/assistant/calendar.ics";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final FeedDocuments documents;
    private final PublicUrl publicUrl;

    CalendarFeedController(CalendarFeeds feeds, FeedDocuments documents, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.documents = documents;
        this.publicUrl = publicUrl;
    }

    @Operation(
            summary = "My calendar feed: whether it exists and since when",
            description = "Only a hash of the feed's secret is kept, so its URL is shown once, when created; "
                    + "here `url` is always null and `createdAt` says whether a feed exists.")
    @UserAccess
    @GetMapping("/api/v1/assistant/calendar-feed")
    CalendarFeedView get(AuthenticatedUser user) {
        return feeds.find(user.id())
                .map(feed -> new CalendarFeedView(null, feed.createdAt()))
                .orElseGet(() -> new CalendarFeedView(null, null));
    }

    @Operation(
            summary = "Create my calendar feed, or replace it (the previous URL stops working at once)",
            description = "Answers the subscription URL (absolute when VECTORT_PUBLIC_URL is set); it contains "
                    + "the feed's secret and is shown only in this answer.")
    @UserAccess
    @PostMapping("/api/v1/assistant/calendar-feed")
    CalendarFeedView create(AuthenticatedUser user) {
        IssuedFeed issued = feeds.issue(user.id());
        URI url = publicUrl.link(FEED_PATH + "?token=" + URLEncoder.encode(issued.token(), StandardCharsets.US_ASCII));
        return new CalendarFeedView(url, issued.createdAt());
    }

    @Operation(summary = "Delete my calendar feed: its URL stops working")
    @UserAccess
    @DeleteMapping("/api/v1/assistant/calendar-feed")
    ResponseEntity<Void> delete(AuthenticatedUser user) {
        feeds.revoke(user.id());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "The calendar feed (iCalendar): my active reminders and open tasks with a due date",
            description = "For calendar apps: the token in the URL stands for the user. An unknown, revoked "
                    + "or forged token answers 404.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))),
                @ApiResponse(responseCode = "404", description = "No feed has this token")
            })
    @PublicAccess
    @GetMapping(FEED_PATH)
    ResponseEntity<String> feed(
            @Parameter(description = "The feed's secret, from its URL") @RequestParam(defaultValue = "") String token) {
        String body = documents.forToken(token).orElseThrow(() -> new NotFoundException("Calendar feed"));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("vectort.ics")
                                .build()
                                .toString())
                .body(body);
    }

    /**
     * @param url the subscription URL; only in the answer that created it, null otherwise
     * @param createdAt when the current feed was created; null when there is none
     */
    record CalendarFeedView(@Nullable URI url, @Nullable Instant createdAt) {}
}
