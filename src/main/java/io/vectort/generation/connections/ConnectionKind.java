package io.vectort.generation.connections;

import java.util.Locale;
import java.util.Optional;

/** The services an organisation can connect; one token each. */
public enum ConnectionKind {
    /** GitHub: a personal access token (classic or fine-grained), checked against {@code GET /user}. */
    GITHUB,
    /** Any other Git host reached over HTTPS (GitLab, Gitea, Bitbucket): a token sent as the password. */
    GIT,
    VERCEL,
    NETLIFY,
    RENDER;

    /** The lower-case name used in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConnectionKind> parse(String value) {
        for (ConnectionKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
