package io.vectort.identity.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * GitHub is OAuth 2.0 without OpenID Connect: the person is {@code GET /user} (its numeric
 * {@code id} is the stable subject; the login can change), and the email is the entry of
 * {@code GET /user/emails} that is both primary and verified — the profile's public email is
 * whatever the user chose to show and says nothing about ownership.
 */
class GitHubUsers implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> EMAILS =
            new ParameterizedTypeReference<>() {};

    private final DefaultOAuth2UserService profiles = new DefaultOAuth2UserService();
    private final RestClient http;
    private final String apiUrl;

    GitHubUsers(OAuthProperties.GitHub github) {
        this.apiUrl = github.apiUrl();
        this.http = RestClient.builder()
                .defaultHeader(HttpHeaders.ACCEPT, "application/vnd.github+json")
                .defaultHeader("X-GitHub-Api-Version", "2022-11-28")
                .build();
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        OAuth2User user = profiles.loadUser(request);
        Object id = user.getAttribute("id");
        if (id == null) {
            throw failure("GitHub's /user has no id");
        }
        Optional<Map<String, Object>> primary = emails(request).stream()
                .filter(entry -> Boolean.TRUE.equals(entry.get("primary")))
                .findFirst();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("sub", String.valueOf(id));
        primary.map(entry -> entry.get("email")).ifPresent(email -> attributes.put("email", String.valueOf(email)));
        attributes.put(
                "email_verified",
                primary.map(entry -> Boolean.TRUE.equals(entry.get("verified"))).orElse(false));
        String name = firstNonBlank(user.getAttribute("name"), user.getAttribute("login"));
        if (name != null) {
            attributes.put("name", name);
        }
        return new DefaultOAuth2User(AuthorityUtils.createAuthorityList("OAUTH2_USER"), attributes, "sub");
    }

    private List<Map<String, Object>> emails(OAuth2UserRequest request) {
        try {
            List<Map<String, Object>> emails = http.get()
                    .uri(apiUrl + "/user/emails")
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + request.getAccessToken().getTokenValue())
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(EMAILS);
            return emails == null ? List.of() : emails;
        } catch (RestClientException e) {
            throw failure("GitHub's /user/emails failed: " + e.getMessage());
        }
    }

    private static @Nullable String firstNonBlank(@Nullable Object first, @Nullable Object second) {
        if (first instanceof String text && !text.isBlank()) {
            return text;
        }
        return second instanceof String text && !text.isBlank() ? text : null;
    }

    private static OAuth2AuthenticationException failure(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response", description, null));
    }
}
