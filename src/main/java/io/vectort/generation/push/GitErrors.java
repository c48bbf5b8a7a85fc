package io.vectort.generation.push;

import io.vectort.shared.net.RefusedDestinationException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * What JGit's exceptions and a remote's answers mean for the person pushing. JGit reports HTTP
 * failures as messages ("not authorized" for 401, "... not permitted" for 403), so these are read
 * along the exception chain; the classes are checked first.
 */
final class GitErrors {

    private GitErrors() {}

    static PushFailure classify(URI remote, Exception failure) {
        String host = remote.getHost();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PushFailure known) {
                return known;
            }
            if (cause instanceof RefusedDestinationException refused) {
                return GitRemotes.refused(remote, refused);
            }
            if (cause instanceof NoRemoteRepositoryException) {
                return notFound(host);
            }
        }
        String text = messages(failure);
        if (text.contains("not authorized")
                || text.contains("authentication is required")
                || text.contains("authentication not supported")
                || text.contains(" 401")) {
            return new PushFailure(
                    "bad-token",
                    host + " refused the token: it is wrong, expired or revoked. Create a new token with write"
                            + " access to the repository and try again.");
        }
        if (text.contains("not permitted") || text.contains(" 403") || text.contains("forbidden")) {
            return new PushFailure(
                    "missing-scope",
                    host + " accepted the token but it may not push to this repository. Give it write access"
                            + " (GitHub: the repo scope, or Contents: read and write), or use another token.");
        }
        if (text.contains("not found") || text.contains(" 404")) {
            return notFound(host);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException
                    || cause instanceof InterruptedIOException
                    || cause instanceof SocketException
                    || cause instanceof SSLException) {
                return network(host, cause);
            }
        }
        if (text.contains("connection refused") || text.contains("timed out") || text.contains("connection reset")) {
            return network(host, failure);
        }
        return new PushFailure(
                "git-error",
                "The Git server " + host + " answered something Vectort did not expect: " + firstLine(failure),
                failure);
    }

    /** Turns the remote's answer to the branch update into a failure unless it was applied. */
    static void checkPushed(String branch, RemoteRefUpdate update) throws PushFailure {
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> {}
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                throw new PushFailure(
                        "non-fast-forward",
                        "Someone pushed to " + branch + " while Vectort was pushing, so nothing was overwritten."
                                + " Push again (Vectort builds on their work), or push to a new branch.");
            case REJECTED_OTHER_REASON, REJECTED_NODELETE, NON_EXISTING ->
                throw new PushFailure(
                        "rejected",
                        "The remote refused the push to " + branch
                                + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")")
                                + ". A protected branch or a hook may forbid it: try a new branch.");
            default ->
                throw new PushFailure(
                        "unverified", "The remote did not confirm the push to " + branch + "; push again.");
        }
    }

    private static PushFailure notFound(String host) {
        return new PushFailure(
                "repository-not-found",
                "There is no repository at this address on " + host
                        + ", or the token may not see it. Check the URL, or create the repository first.");
    }

    private static PushFailure network(String host, Throwable cause) {
        return new PushFailure(
                "network",
                "Vectort could not reach " + host + " (" + cause.getClass().getSimpleName()
                        + "). Check that the host is up and reachable, then try again.",
                cause);
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(' ').append(String.valueOf(cause.getMessage()));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
