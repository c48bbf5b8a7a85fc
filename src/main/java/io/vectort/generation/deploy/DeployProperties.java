package io.vectort.generation.deploy;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment settings, prefix {@code vectort.deploy}.
 *
 * @param vercel the Vercel API ({@code VECTORT_VERCEL_API_URL}, {@code VECTORT_VERCEL_TOKEN})
 * @param netlify the Netlify API ({@code VECTORT_NETLIFY_API_URL}, {@code VECTORT_NETLIFY_TOKEN})
 * @param render the Render API ({@code VECTORT_RENDER_API_URL}, {@code VECTORT_RENDER_API_KEY})
 * @param pollInterval how long to wait between two looks at a deployment (or at a local build)
 * @param timeout a deployment not finished this long after it was asked for fails with {@code
 *     timeout}
 * @param maxLogChars how much of a provider's build log is kept (the newest part)
 */
@ConfigurationProperties("vectort.deploy")
public record DeployProperties(
        @DefaultValue Host vercel,
        @DefaultValue Host netlify,
        @DefaultValue Host render,
        @DefaultValue("3s") Duration pollInterval,
        @DefaultValue("20m") Duration timeout,
        @DefaultValue("64000") int maxLogChars) {

    public DeployProperties {
        vercel = vercel.orDefault(Platform.VERCEL);
        netlify = netlify.orDefault(Platform.NETLIFY);
        render = render.orDefault(Platform.RENDER);
        for (Platform platform : Platform.values()) {
            Host host = platform == Platform.VERCEL ? vercel : platform == Platform.NETLIFY ? netlify : render;
            URI base = URI.create(host.apiUrl());
            if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
                throw new IllegalArgumentException("vectort.deploy." + platform.wireName()
                        + ".api-url must be an http(s) URL such as " + Host.defaultUrl(platform) + ", not \""
                        + host.apiUrl() + "\"");
            }
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.compareTo(pollInterval) <= 0) {
            throw new IllegalArgumentException(
                    "vectort.deploy.poll-interval must be positive and shorter than vectort.deploy.timeout");
        }
        if (maxLogChars < 1000) {
            throw new IllegalArgumentException("vectort.deploy.max-log-chars must be at least 1000");
        }
    }

    public Host host(Platform platform) {
        return switch (platform) {
            case VERCEL -> vercel;
            case NETLIFY -> netlify;
            case RENDER -> render;
        };
    }

    /**
     * @param apiUrl where the host's REST API lives (operator configuration: tests and enterprise
     *     installs point it elsewhere); empty means the real one
     * @param token the operator's token for every organisation, empty for none
     */
    public record Host(
            @DefaultValue("") String apiUrl,
            @DefaultValue("") String token) {

        @Override
        public String toString() {
            // Configuration is sometimes printed; the token never is.
            return "Host[apiUrl=" + apiUrl + ", token=" + (token.isBlank() ? "unset" : "set") + "]";
        }

        Host orDefault(Platform platform) {
            return apiUrl.isBlank() ? new Host(defaultUrl(platform), token) : this;
        }

        static String defaultUrl(Platform platform) {
            return switch (platform) {
                case VERCEL -> "https://api.vercel.com";
                case NETLIFY -> "https://api.netlify.com";
                case RENDER -> "https://api.render.com";
            };
        }
    }
}
