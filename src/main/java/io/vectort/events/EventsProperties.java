package io.vectort.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event streaming settings, prefix {@code vectort.events}.
 *
 * @param followPoll how long a follower waits for a wake-up before re-reading the log anyway: wake-ups
 *     come from this node and, through PostgreSQL notifications, from the others; the poll covers the
 *     moments the notification connection is down
 * @param keepAlive interval of SSE comment lines that keep proxies from closing idle streams
 * @param maxStreamDuration an SSE response ends after this long; clients resume with Last-Event-ID
 */
@ConfigurationProperties("vectort.events")
public record EventsProperties(
        @DefaultValue("2s") Duration followPoll,
        @DefaultValue("15s") Duration keepAlive,
        @DefaultValue("30m") Duration maxStreamDuration) {}
