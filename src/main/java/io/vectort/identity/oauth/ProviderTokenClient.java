package io.vectort.identity.oauth;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/** Exchanges the code for tokens: Spring's client, with Apple's per-request signed client secret. */
class ProviderTokenClient implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

    private final RestClientAuthorizationCodeTokenResponseClient common =
            new RestClientAuthorizationCodeTokenResponseClient();
    private final RestClientAuthorizationCodeTokenResponseClient apple =
            new RestClientAuthorizationCodeTokenResponseClient();

    ProviderTokenClient(OAuthProperties properties) {
        Optional<AppleClientSecret> secret = properties.apple().enabled()
                ? Optional.of(new AppleClientSecret(properties.apple(), Clock.systemUTC()))
                : Optional.empty();
        secret.ifPresent(signed -> apple.setParametersCustomizer(
                parameters -> parameters.set(OAuth2ParameterNames.CLIENT_SECRET, signed.create())));
    }

    @Override
    public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest request) {
        boolean isApple = "apple".equals(request.getClientRegistration().getRegistrationId());
        return (isApple ? apple : common).getTokenResponse(request);
    }
}
