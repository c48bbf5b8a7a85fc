package io.vectort.identity.oauth;

import io.vectort.shared.PublicUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The providers this installation has configured, and their client registrations, built from
 * Vectort's own settings rather than {@code spring.security.oauth2.client.*}. OpenID Connect
 * providers are discovered from their issuer on first use, not at start-up: a provider that is down
 * must not keep Vectort from starting, and a failed discovery is tried again on the next sign-in.
 */
@Component
public class SignInProviders {

    public static final String START_PATH = "/api/v1/auth/oauth2/start";
    public static final String CALLBACK_PATH = "/api/v1/auth/oauth2/callback";

    private static final Logger log = LoggerFactory.getLogger(SignInProviders.class);

    private final Map<String, Provider> providers;
    private final Map<String, Supplier<ClientRegistration>> builders = new ConcurrentHashMap<>();
    private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();
    private final String redirectUri;

    SignInProviders(OAuthProperties properties, PublicUrl publicUrl) {
        this.redirectUri = publicUrl.base().orElse("{baseUrl}") + CALLBACK_PATH + "/{registrationId}";
        Map<String, Provider> enabled = new java.util.LinkedHashMap<>();
        if (properties.google().enabled()) {
            enabled.put("google", new Provider("google", "Google"));
            OAuthProperties.Google google = properties.google();
            builders.put(
                    "google",
                    () -> discovered(google.issuer(), "google", "Google", google.clientId(), google.clientSecret()));
        }
        if (properties.github().enabled()) {
            enabled.put("github", new Provider("github", "GitHub"));
            builders.put("github", () -> github(properties.github()));
        }
        if (properties.apple().enabled()) {
            enabled.put("apple", new Provider("apple", "Apple"));
            builders.put("apple", () -> apple(properties.apple()));
        }
        if (properties.oidc().enabled()) {
            OAuthProperties.Oidc oidc = properties.oidc();
            enabled.put("oidc", new Provider("oidc", oidc.name()));
            builders.put(
                    "oidc", () -> discovered(oidc.issuer(), "oidc", oidc.name(), oidc.clientId(), oidc.clientSecret()));
        }
        this.providers = java.util.Collections.unmodifiableMap(enabled);
    }

    /** The enabled providers, in the order the sign-in page shows them. */
    public List<Provider> enabled() {
        return new ArrayList<>(providers.values());
    }

    public Optional<Provider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** The display name of a provider id, also for one that was since disabled. */
    public String nameOf(String id) {
        return find(id).map(Provider::name)
                .orElse(
                        switch (id) {
                            case "google" -> "Google";
                            case "github" -> "GitHub";
                            case "apple" -> "Apple";
                            default -> id;
                        });
    }

    /**
     * The registrations for Spring Security: unknown providers and failed discoveries are absent
     * (null), which Spring answers as an error the callback turns into a page, never a 500.
     */
    ClientRegistrationRepository registrations() {
        return this::registration;
    }

    private @Nullable ClientRegistration registration(String id) {
        ClientRegistration registration = built.get(id);
        if (registration != null) {
            return registration;
        }
        Supplier<ClientRegistration> builder = builders.get(id);
        if (builder == null) {
            return null;
        }
        try {
            return built.computeIfAbsent(id, ignored -> builder.get());
        } catch (RuntimeException e) {
            log.warn("Sign-in provider {} is unavailable: {}", id, e.toString());
            return null;
        }
    }

    private ClientRegistration discovered(String issuer, String id, String name, String clientId, String clientSecret) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(id)
                .clientName(name)
                .clientId(clientId)
                .redirectUri(redirectUri)
                .scope("openid", "email", "profile")
                .userNameAttributeName("sub")
                .clientSettings(withPkce());
        if (clientSecret.isBlank()) {
            // A public client: PKCE alone protects the code.
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(clientSecret);
        }
        return builder.build();
    }

    private ClientRegistration github(OAuthProperties.GitHub github) {
        return ClientRegistration.withRegistrationId("github")
                .clientName("GitHub")
                .clientId(github.clientId())
                .clientSecret(github.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope("read:user", "user:email")
                .authorizationUri(github.url() + "/login/oauth/authorize")
                .tokenUri(github.url() + "/login/oauth/access_token")
                .userInfoUri(github.apiUrl() + "/user")
                .userNameAttributeName("id")
                .clientSettings(withPkce())
                .build();
    }

    /**
     * Apple speaks OpenID Connect without a userinfo endpoint: everything is in the id_token.
     * {@code openid} is in Apple's discovery document's scopes; asking for it lets Spring check
     * the id_token (signature, issuer, audience, expiry, nonce). Apple does not document PKCE, so it
     * is not sent; the client secret is a fresh signed JWT per token request
     * ({@link AppleClientSecret}).
     */
    private ClientRegistration apple(OAuthProperties.Apple apple) {
        return ClientRegistration.withRegistrationId("apple")
                .clientName("Apple")
                .clientId(apple.clientId())
                .clientSecret("signed-per-request")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope("openid", "name", "email")
                .authorizationUri(apple.url() + "/auth/authorize")
                .tokenUri(apple.url() + "/auth/token")
                .jwkSetUri(apple.url() + "/auth/keys")
                .issuerUri(apple.url())
                .userNameAttributeName("sub")
                .build();
    }

    private static ClientRegistration.ClientSettings withPkce() {
        return ClientRegistration.ClientSettings.builder().requireProofKey(true).build();
    }

    /** A provider as the sign-in page lists it. */
    public record Provider(String id, String name) {}
}
