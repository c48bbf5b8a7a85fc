package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web app's refresh token lives in an HttpOnly cookie; API clients keep the documented body. */
class RefreshCookieIT extends IntegrationTest {

    private static final Pattern COOKIE = Pattern.compile("vectort_refresh=([^;]*)");
    private static final String[] BROWSER = {"X-Requested-With", "vectort"};

    @Test
    void theWebAppGetsTheRefreshTokenOnlyAsAStrictHttpOnlyCookie() {
        Api.Session user = api.newUser();
        Api.Response login = api.send("POST", "/api/v1/auth/login", null, credentials(user), BROWSER);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().has("accessToken")).isTrue();
        assertThat(login.json().has("refreshToken")).as("no script may read it").isFalse();
        String cookie = login.header("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/api/v1/auth", "Max-Age=");
        assertThat(cookie).as("plain HTTP here").doesNotContain("Secure");
    }

    @Test
    void refreshAndLogoutReadTheCookieWhenTheAppsHeaderComesWithIt() {
        Api.Session user = api.newUser();
        String first = cookieOf(api.send("POST", "/api/v1/auth/login", null, credentials(user), BROWSER));

        Api.Response forged =
                api.send("POST", "/api/v1/auth/refresh", null, null, "Cookie", "vectort_refresh=" + first);
        assertThat(forged.status())
                .as("a cross-site form cannot add the header")
                .isEqualTo(403);
        assertThat(forged.json().get("type").asString()).endsWith("/missing-csrf-header");

        Api.Response refreshed = api.send(
                "POST",
                "/api/v1/auth/refresh",
                null,
                null,
                "Cookie",
                "vectort_refresh=" + first,
                BROWSER[0],
                BROWSER[1]);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().has("refreshToken")).isFalse();
        String second = cookieOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get(
                                "/api/v1/auth/me",
                                refreshed.json().get("accessToken").asString())
                        .status())
                .isEqualTo(200);

        Api.Response logout = api.send(
                "POST",
                "/api/v1/auth/logout",
                null,
                null,
                "Cookie",
                "vectort_refresh=" + second,
                BROWSER[0],
                BROWSER[1]);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("vectort_refresh=;", "Max-Age=0"));
        assertThat(api.send(
                                "POST",
                                "/api/v1/auth/refresh",
                                null,
                                null,
                                "Cookie",
                                "vectort_refresh=" + second,
                                BROWSER[0],
                                BROWSER[1])
                        .status())
                .isEqualTo(401);
    }

    @Test
    void apiClientsKeepTheRefreshTokenInTheBody() {
        Api.Session user = api.newUser();
        Api.Response refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.header("Set-Cookie")).isEmpty();
        String next = refreshed.json().get("refreshToken").asString();
        assertThat(api.post("/api/v1/auth/logout", null, Map.of("refreshToken", next))
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", next))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, "{}").status()).isEqualTo(400);
    }

    private static Map<String, String> credentials(Api.Session user) {
        return Map.of("email", user.email(), "password", user.password());
    }

    private static String cookieOf(Api.Response response) {
        Matcher matcher = COOKIE.matcher(response.header("Set-Cookie").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
