package io.vectort.generation.connections;

import io.vectort.generation.github.GitHubApi;
import io.vectort.generation.github.GitHubUser;
import io.vectort.identity.organization.Membership;
import io.vectort.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An organisation's connections. A GitHub token is checked with GitHub before it is stored, so a
 * wrong or expired one is refused at once with words to act on, not at the first push.
 */
@Service
public class Connections {

    /** Longer than any token a provider issues; keeps junk out of the table. */
    private static final int MAX_TOKEN_LENGTH = 1024;

    private final ConnectionStore store;
    private final GitHubApi github;

    Connections(ConnectionStore store, GitHubApi github) {
        this.store = store;
        this.github = github;
    }

    /** The organisation's connections, never with their tokens. */
    public List<Connection> list(UUID organizationId) {
        return store.list(organizationId);
    }

    /** The decrypted token of a connection, for a call to that service; never show or log it. */
    public Optional<String> token(UUID organizationId, ConnectionKind kind) {
        return store.token(organizationId, kind);
    }

    /** Stores (or replaces) the organisation's token for {@code kind}; GitHub tokens are checked first. */
    public Connection save(Membership member, ConnectionKind kind, String token) {
        return save(member, kind, token, ConnectionMethod.TOKEN);
    }

    /**
     * Like {@link #save(Membership, ConnectionKind, String)}, saying how the token came: the audit
     * entry records it (the table has no column for it; the token works the same either way).
     */
    public Connection save(Membership member, ConnectionKind kind, String token, ConnectionMethod method) {
        String trimmed = token.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_TOKEN_LENGTH
                || trimmed.chars().anyMatch(c -> c <= ' ')) {
            throw new InvalidRequestException(
                    "token", "invalid", "must be the token itself, without spaces (at most 1024 characters)");
        }
        if (kind == ConnectionKind.GITHUB) {
            GitHubUser user = github.user(trimmed);
            return store.save(
                    member, kind, trimmed, Optional.of(user.login()).filter(s -> !s.isBlank()), user.scopes(), method);
        }
        return store.save(member, kind, trimmed, Optional.empty(), List.of(), method);
    }

    /**
     * Revokes the organisation's connection: the token is deleted, not kept. Revoking what is not
     * connected changes nothing and is not an error (a second click, two admins at once).
     */
    public void delete(Membership member, ConnectionKind kind) {
        store.delete(member, kind);
    }
}
