package io.vectort.identity.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a provider's sign-in into a {@link ProviderProfile}: one mapping per wire format. */
final class ProviderProfiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProviderProfiles() {}

    static ProviderProfile from(OAuth2AuthenticationToken token, HttpServletRequest request) {
        String provider = token.getAuthorizedClientRegistrationId();
        OAuth2User user = token.getPrincipal();
        if (user instanceof OidcUser oidc) {
            String name = oidc.getFullName();
            if ("apple".equals(provider)) {
                // Apple sends the name once, on the first sign-in, as a form field beside the code.
                name = appleName(request.getParameter("user"));
            }
            return new ProviderProfile(
                    provider, oidc.getSubject(), oidc.getEmail(), Boolean.TRUE.equals(oidc.getEmailVerified()), name);
        }
        Map<String, Object> attributes = user.getAttributes();
        return new ProviderProfile(
                provider,
                String.valueOf(attributes.get("sub")),
                (String) attributes.get("email"),
                Boolean.TRUE.equals(attributes.get("email_verified")),
                (String) attributes.get("name"));
    }

    /** {@code {"name":{"firstName":"…","lastName":"…"},"email":"…"}}, or nothing. */
    static @Nullable String appleName(@Nullable String userField) {
        if (userField == null || userField.isBlank() || userField.length() > 4000) {
            return null;
        }
        try {
            JsonNode name = JSON.readTree(userField).path("name");
            String full = (name.path("firstName").asString("") + " "
                            + name.path("lastName").asString(""))
                    .strip();
            return full.isEmpty() ? null : full;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
