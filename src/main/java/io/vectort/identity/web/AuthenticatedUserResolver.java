package io.vectort.identity.web;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers declare an {@link AuthenticatedUser} parameter instead of reading the JWT. */
@Component
class AuthenticatedUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AuthenticatedUser.class);
    }

    @Override
    public AuthenticatedUser resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current();
    }

    /** The session the caller's access token belongs to; empty for tokens older than sessions. */
    static Optional<UUID> currentSessionId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        String sid = token.getToken().getClaimAsString("sid");
        try {
            return Optional.ofNullable(sid).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signed-in caller of the current request. */
    static AuthenticatedUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new DomainException(ErrorCategory.UNAUTHENTICATED, "unauthenticated", "Sign in first");
        }
        Jwt jwt = token.getToken();
        String email = jwt.getClaimAsString("email");
        return new AuthenticatedUser(UUID.fromString(jwt.getSubject()), email == null ? "" : email);
    }
}
