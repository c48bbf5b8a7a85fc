package io.vectort.generation.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pushes to Git remotes, prefix {@code vectort.git}.
 *
 * @param allowedHosts Git hosts ({@code host} or {@code host:port}, comma-separated; {@code
 *     VECTORT_GIT_ALLOWED_HOSTS}) trusted as they are: plain http and private addresses allowed (an
 *     internal GitLab). Added to {@code outboundAllowedHosts}.
 * @param outboundAllowedHosts the installation's list for every outbound call ({@code
 *     VECTORT_OUTBOUND_ALLOWED_HOSTS}), bound here too so that Git needs no second entry for a host
 *     already trusted
 * @param timeout how long one Git connection may stay silent
 */
@ConfigurationProperties("vectort.git")
public record GitProperties(
        @DefaultValue("") String allowedHosts,
        @DefaultValue("") String outboundAllowedHosts,
        @DefaultValue("60s") Duration timeout) {

    String combinedAllowList() {
        return allowedHosts + "," + outboundAllowedHosts;
    }
}
