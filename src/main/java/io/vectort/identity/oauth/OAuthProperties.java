package io.vectort.identity.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in providers, prefix {@code vectort.oauth}. A provider is enabled when its client id is set
 * (and, for the generic one, its issuer); a half-configured provider stops the start with a message
 * naming the missing variable, rather than showing a button that cannot work.
 */
@ConfigurationProperties("vectort.oauth")
public record OAuthProperties(
        @DefaultValue Google google,
        @DefaultValue GitHub github,
        @DefaultValue Apple apple,
        @DefaultValue Oidc oidc) {

    /** Google, an OpenID Connect provider; the issuer is overridable for tests. */
    public record Google(
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("https://accounts.google.com") String issuer) {

        public Google {
            requireBoth(clientId, clientSecret, "VECTORT_OAUTH_GOOGLE_CLIENT_ID", "VECTORT_OAUTH_GOOGLE_CLIENT_SECRET");
        }

        boolean enabled() {
            return !clientId.isBlank();
        }
    }

    /** A GitHub OAuth app; the URLs are overridable for GitHub Enterprise and tests. */
    public record GitHub(
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("https://github.com") String url,
            @DefaultValue("https://api.github.com") String apiUrl) {

        public GitHub {
            requireBoth(clientId, clientSecret, "VECTORT_OAUTH_GITHUB_CLIENT_ID", "VECTORT_OAUTH_GITHUB_CLIENT_SECRET");
            url = withoutTrailingSlash(url);
            apiUrl = withoutTrailingSlash(apiUrl);
        }

        boolean enabled() {
            return !clientId.isBlank();
        }
    }

    /**
     * Sign in with Apple: the Services ID, the team and the key (PEM text, or a file) that signs the
     * client secret.
     */
    public record Apple(
            @DefaultValue("") String clientId,
            @DefaultValue("") String teamId,
            @DefaultValue("") String keyId,
            @DefaultValue("") String privateKey,
            @DefaultValue("") String privateKeyFile,
            @DefaultValue("https://appleid.apple.com") String url) {

        public Apple {
            url = withoutTrailingSlash(url);
            if (!clientId.isBlank()) {
                require(teamId, "VECTORT_OAUTH_APPLE_TEAM_ID");
                require(keyId, "VECTORT_OAUTH_APPLE_KEY_ID");
                if (privateKey.isBlank() && privateKeyFile.isBlank()) {
                    throw new IllegalArgumentException(
                            "Sign in with Apple needs VECTORT_OAUTH_APPLE_PRIVATE_KEY (the .p8"
                                    + " key's PEM text) or VECTORT_OAUTH_APPLE_PRIVATE_KEY_FILE (its path)");
                }
            }
        }

        boolean enabled() {
            return !clientId.isBlank();
        }

        /** The PEM text of the signing key, read from the file when given as a path. */
        String privateKeyPem() {
            if (!privateKey.isBlank()) {
                return privateKey;
            }
            try {
                return Files.readString(Path.of(privateKeyFile));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "VECTORT_OAUTH_APPLE_PRIVATE_KEY_FILE cannot be read: " + privateKeyFile, e);
            }
        }
    }

    /** Any OpenID Connect provider, found by its issuer's discovery document. */
    public record Oidc(
            @DefaultValue("") String issuer,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("Single sign-on") String name) {

        public Oidc {
            if (!issuer.isBlank() || !clientId.isBlank()) {
                require(issuer, "VECTORT_OAUTH_OIDC_ISSUER");
                require(clientId, "VECTORT_OAUTH_OIDC_CLIENT_ID");
            }
            name = name.isBlank() ? "Single sign-on" : name.strip();
        }

        boolean enabled() {
            return !issuer.isBlank();
        }
    }

    private static void requireBoth(String clientId, String clientSecret, String idName, String secretName) {
        if (clientId.isBlank() != clientSecret.isBlank()) {
            throw new IllegalArgumentException(
                    "Set both " + idName + " and " + secretName + " to enable this sign-in provider, or neither");
        }
    }

    private static void require(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for this sign-in provider");
        }
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
