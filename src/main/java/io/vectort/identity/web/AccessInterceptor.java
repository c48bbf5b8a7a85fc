package io.vectort.identity.web;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.SecondFactors;
import io.vectort.identity.Sessions;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PlatformAdminAccess;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.organization.ForbiddenRoleException;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Organizations;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves the organisation an {@link OrgAccess} operation acts in and checks the caller's role
 * there, before the controller runs; for a {@link UserAccess} operation, checks the account still
 * exists, and for a {@link PlatformAdminAccess} one that it is a platform admin's. Membership is
 * read from the database on every request, so a removed member is refused at once even with a
 * token issued earlier.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    /** Names the organisation a request acts in: its id or slug. */
    static final String HEADER = "Vectort-Organization";

    static final String MEMBERSHIP_ATTRIBUTE = AccessInterceptor.class.getName() + ".membership";

    private final Organizations organizations;
    private final UserAccounts accounts;
    private final Sessions sessions;
    private final ObjectProvider<SecondFactors> secondFactors;

    AccessInterceptor(
            Organizations organizations,
            UserAccounts accounts,
            Sessions sessions,
            ObjectProvider<SecondFactors> secondFactors) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (method.hasMethodAnnotation(RecentAuthentication.class)) {
            requireRecentAuthentication();
        }
        if (method.hasMethodAnnotation(UserAccess.class)) {
            requireExistingAccount();
            return true;
        }
        if (method.hasMethodAnnotation(PlatformAdminAccess.class)) {
            // No such route for anyone else: the console's existence is not given away.
            if (!accounts.isPlatformAdmin(requireExistingAccount())) {
                throw new NotFoundException("Route");
            }
            return true;
        }
        OrgAccess access = method.getMethodAnnotation(OrgAccess.class);
        if (access == null) {
            return true;
        }
        AuthenticatedUser user = AuthenticatedUserResolver.current();
        Membership membership = organizations
                .membership(user.id(), user.email(), reference(request))
                .orElseThrow(() -> new NotFoundException("Organization"));
        if (membership.suspended()) {
            // The one place every organisation-scoped operation passes: members keep signing in and
            // listing their organisations (which say suspended), and nothing else.
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "organization-suspended",
                    "This organisation is suspended by the platform's administrators; contact them to restore it");
        }
        if (!membership.can(access.value())) {
            throw new ForbiddenRoleException(access.value(), membership.role());
        }
        requireSecondFactorWherePolicyCovers(membership);
        request.setAttribute(MEMBERSHIP_ATTRIBUTE, membership);
        // Log lines and error reports say which organisation; RequestIdFilter clears it.
        MDC.put("orgId", membership.orgId().toString());
        return true;
    }

    /** The caller, whose account must still exist: an access token outlives a deleted account. */
    private AuthenticatedUser requireExistingAccount() {
        AuthenticatedUser user = AuthenticatedUserResolver.current();
        accounts.find(user.id())
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED, "unauthenticated", "This account no longer exists"));
        return user;
    }

    private void requireRecentAuthentication() {
        AuthenticatedUser user = AuthenticatedUserResolver.current();
        boolean recent = AuthenticatedUserResolver.currentSessionId()
                .map(session -> sessions.recentlyAuthenticated(session, user.id()))
                .orElse(false);
        if (!recent) {
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "reauthentication-required",
                    "Confirm it's you: enter your password or a code from your authenticator, then try again",
                    Map.of("reauthenticateAt", "/api/v1/auth/reauthenticate"));
        }
    }

    /**
     * An organisation whose MFA policy covers the member's role admits them only once they have a
     * second factor. The policy came with the membership; the factors are read only when it applies.
     */
    private void requireSecondFactorWherePolicyCovers(Membership membership) {
        if (membership.mfaPolicy().covers(membership.role())
                && secondFactors
                        .getIfAvailable(() -> SecondFactors.NONE)
                        .methods(membership.userId())
                        .isEmpty()) {
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "mfa-enrolment-required",
                    "This organisation requires two-factor authentication: set up an authenticator app first",
                    Map.of("enrolAt", "/settings/security"));
        }
    }

    /** The {@code {org}} path segment where the path has one, else the header. */
    private static Optional<String> reference(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("org") instanceof String org) {
            return Optional.of(org);
        }
        return Optional.ofNullable(request.getHeader(HEADER));
    }
}
