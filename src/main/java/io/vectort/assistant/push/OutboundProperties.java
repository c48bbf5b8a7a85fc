package io.vectort.assistant.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound calls to user-supplied URLs, prefix {@code vectort.outbound}.
 *
 * @param allowedHosts hosts ({@code host} or {@code host:port}, comma-separated; {@code
 *     VECTORT_OUTBOUND_ALLOWED_HOSTS}) trusted as they are: plain http and private addresses are
 *     allowed for them. Bound here because web push is its first user; it is the installation's
 *     single list, for every feature that calls out.
 */
@ConfigurationProperties("vectort.outbound")
public record OutboundProperties(@DefaultValue("") String allowedHosts) {}
