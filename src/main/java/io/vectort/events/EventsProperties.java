package io.vectort.events;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Event streaming settings, prefix {@code vectort.events}.
 *
 * @param followPoll how long a follower waits for a wake-up before re-reading the log anyway: wake-ups
 *     come from this node and, through PostgreSQL notifications, from the others; the poll covers the
 *     moments the notification connection is down
 * @param keepAlive interval of SSE comment lines that keep proxies from closing idle streams
 * @param maxStreamDuration an SSE response ends after this long, so no connection is held forever;
 *     clients resume with Last-Event-ID (browsers' EventSource does it by itself)
 * @param maxBatch most progress events written in one transaction
 * @param maxQueued most progress events waiting for their batch; producers wait beyond it
 */
@Validated
@ConfigurationProperties("vectort.events")
public record EventsProperties(
        @DefaultValue("2s") Duration followPoll,
        @DefaultValue("15s") Duration keepAlive,
        @DefaultValue("5m") Duration maxStreamDuration,
        @DefaultValue("1000") @Min(1) int maxBatch,
        @DefaultValue("100000") @Min(1) int maxQueued) {}
