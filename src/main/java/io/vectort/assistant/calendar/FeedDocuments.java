package io.vectort.assistant.calendar;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** The calendar a feed URL serves: its owner's items, and nobody else's. */
@Service
public class FeedDocuments {

    private final CalendarFeeds feeds;
    private final FeedItems items;
    private final FeedCalendar calendar;

    FeedDocuments(CalendarFeeds feeds, FeedItems items, FeedCalendar calendar) {
        this.feeds = feeds;
        this.items = items;
        this.calendar = calendar;
    }

    /** The iCalendar text for {@code token}; empty for an unknown, revoked or malformed token. */
    public Optional<String> forToken(String token) {
        return feeds.fetchedBy(token).map(owner -> calendar.write(items.of(owner)));
    }
}
