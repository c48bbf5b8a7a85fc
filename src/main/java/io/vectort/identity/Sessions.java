package io.vectort.identity;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login, refresh and logout: the life of a session made of an access and a refresh token. */
@Service
public class Sessions {

    private final UserAccounts accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;

    Sessions(UserAccounts accounts, AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    @Transactional
    public TokenPair login(String email, String password) {
        AuthenticatedUser user = accounts.authenticate(email, password);
        return TokenPair.bearer(
                accessTokens.issue(user), refreshTokens.issue(user.id(), Ids.newId()), accessTokens.ttlSeconds());
    }

    @Transactional
    public TokenPair refresh(String refreshToken) {
        RefreshTokens.Rotated rotated = refreshTokens.consume(refreshToken);
        AuthenticatedUser user = accounts.find(rotated.userId())
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED, "invalid-refresh-token", "The account no longer exists"));
        return TokenPair.bearer(
                accessTokens.issue(user),
                refreshTokens.issue(user.id(), rotated.familyId()),
                accessTokens.ttlSeconds());
    }

    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }
}
