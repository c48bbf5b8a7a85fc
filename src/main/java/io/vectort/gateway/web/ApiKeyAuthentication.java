package io.vectort.gateway.web;

import io.vectort.identity.ApiKeyOwner;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** An API-key holder, authenticated for the OpenAI-compatible API. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKeyOwner owner;

    ApiKeyAuthentication(ApiKeyOwner owner) {
        super(List.of());
        this.owner = owner;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiKeyOwner getPrincipal() {
        return owner;
    }

    static ApiKeyOwner current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication apiKey) {
            return apiKey.getPrincipal();
        }
        throw new IllegalStateException("the /v1 security chain lets no request through without an API key");
    }
}
