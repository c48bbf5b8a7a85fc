package io.vectort.identity.oauth;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The providers a signed-in user has linked, and linking or unlinking one from the settings. */
@Service
public class LinkedAccounts {

    private final UserIdentities identities;
    private final SignInProviders providers;
    private final ProviderSignIns signIns;
    private final UserAccounts accounts;
    private final AuditLog audit;

    LinkedAccounts(
            UserIdentities identities,
            SignInProviders providers,
            ProviderSignIns signIns,
            UserAccounts accounts,
            AuditLog audit) {
        this.identities = identities;
        this.providers = providers;
        this.signIns = signIns;
        this.accounts = accounts;
        this.audit = audit;
    }

    public Overview of(AuthenticatedUser user) {
        List<UserIdentities.Linked> linked = identities.of(user.id());
        Set<String> linkedProviders =
                linked.stream().map(UserIdentities.Linked::provider).collect(Collectors.toSet());
        return new Overview(
                identities.hasPassword(user.id()),
                linked.stream()
                        .map(identity -> new Identity(
                                identity.provider(),
                                providers.nameOf(identity.provider()),
                                identity.email(),
                                identity.linkedAt(),
                                identity.lastUsedAt()))
                        .toList(),
                providers.enabled().stream()
                        .filter(provider -> !linkedProviders.contains(provider.id()))
                        .toList());
    }

    /** The start URL that links {@code provider} to the user (one-time, ten minutes). */
    public String linkStart(AuthenticatedUser user, String provider) {
        if (providers.find(provider).isEmpty()) {
            throw new NotFoundException("provider");
        }
        return signIns.linkStart(user, provider);
    }

    /**
     * @throws NotFoundException when this provider is not linked
     * @throws io.vectort.shared.ConflictException {@code last-sign-in-method}
     */
    public void unlink(AuthenticatedUser user, String provider) {
        if (!identities.unlink(user.id(), provider)) {
            throw new NotFoundException("linked provider");
        }
        audit.recordInEach(
                accounts.organizationsOf(user.id()),
                Actor.of(user.id(), user.email()),
                "auth.identity_unlinked",
                Map.of("provider", provider));
    }

    /** What the settings page shows. */
    public record Overview(boolean hasPassword, List<Identity> identities, List<SignInProviders.Provider> available) {}

    public record Identity(
            String provider, String name, @Nullable String email, Instant linkedAt, Instant lastUsedAt) {}
}
