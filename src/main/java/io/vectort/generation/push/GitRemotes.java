package io.vectort.generation.push;

import io.vectort.shared.net.OutboundPolicy;
import io.vectort.shared.net.RefusedDestinationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which Git remotes the server may connect to: the outbound policy (https to public addresses) with
 * the Git allow-list added. A URL is checked when the push is requested, again when the job starts,
 * and again by {@link GuardedGitConnections} each time JGit opens a connection (redirects included).
 */
@Component
class GitRemotes {

    private final OutboundPolicy policy;

    GitRemotes(GitProperties properties) {
        this.policy = OutboundPolicy.of(properties.combinedAllowList());
    }

    OutboundPolicy policy() {
        return policy;
    }

    /** The URL as a URI, or a failure saying what is wrong with it. */
    static URI parse(String url) throws PushFailure {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new PushFailure(
                        "refused-destination",
                        "Vectort pushes over HTTPS only: give the repository's https:// address and a token");
            }
            if (uri.getHost() == null) {
                throw new PushFailure("invalid-remote", "The remote URL must look like https://host/owner/repo.git");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new PushFailure("invalid-remote", "The remote URL must look like https://host/owner/repo.git");
        }
    }

    /** Refuses a remote the policy does not allow, in words that say what an operator can change. */
    void check(URI remote) throws PushFailure {
        try {
            policy.check(remote);
        } catch (RefusedDestinationException e) {
            throw refused(remote, e);
        }
    }

    static PushFailure refused(URI remote, RefusedDestinationException e) {
        String host = remote.getHost() == null ? "?" : remote.getHost().toLowerCase(Locale.ROOT);
        String why = switch (e.reason()) {
            case "scheme" -> "only https remotes are allowed";
            case "host" -> "the URL must name a host and carry no credentials (put the token in the token field)";
            case "unresolved" -> "the host does not resolve";
            default -> "it is a private, local or reserved address";
        };
        return new PushFailure(
                "refused-destination",
                "Vectort will not connect to " + host + ": " + why
                        + ". An operator can allow an internal Git host with VECTORT_GIT_ALLOWED_HOSTS.",
                e);
    }
}
