package io.vectort.generation.deploy;

import java.time.Duration;
import java.util.Optional;

/** Classifies a host's HTTP error once, the same way for every host (pure, no I/O). */
public final class HostErrors {

    private HostErrors() {}

    /**
     * @param host the host's name for people ("Vercel")
     * @param status the HTTP status, 4xx or 5xx
     * @param retryAfter the {@code Retry-After} header, if any
     * @param message the host's own words, from its error body
     */
    public static DeployFailedException classify(
            String host, int status, Optional<String> retryAfter, Optional<String> message) {
        String said = message.map(m -> ": " + m).orElse(" (HTTP " + status + ")");
        if (status == 401 || status == 403) {
            return new DeployFailedException(
                    "bad-token",
                    host + " refused the token" + said
                            + ". Check that it is correct, not expired, and allowed to create deployments.",
                    false,
                    Optional.empty());
        }
        if (status == 402 || status == 429) {
            Optional<Duration> wait = retryAfter.flatMap(HostErrors::seconds);
            return new DeployFailedException(
                    "quota-exceeded",
                    host + " says the account has reached a limit" + said
                            + wait.map(w -> ". Try again in " + w.toSeconds() + " s.")
                                    .orElse(". Check the plan of the account on " + host + "."),
                    false,
                    wait);
        }
        if (status >= 500) {
            return new DeployFailedException(
                    "provider-error", host + " had an error" + said + ".", true, Optional.empty());
        }
        return new DeployFailedException(
                "provider-refused", host + " refused the request" + said, false, Optional.empty());
    }

    /** The host could not be reached at all: worth another try. */
    public static DeployFailedException unreachable(String host, String why) {
        return new DeployFailedException(
                "provider-error", host + " could not be reached: " + why, true, Optional.empty());
    }

    static Optional<Duration> seconds(String header) {
        try {
            long value = Long.parseLong(header.strip());
            return value >= 0 ? Optional.of(Duration.ofSeconds(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            // An HTTP date is allowed too; the wait is then unknown rather than guessed.
            return Optional.empty();
        }
    }
}
