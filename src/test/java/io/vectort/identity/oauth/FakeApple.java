package io.vectort.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign in with Apple on the wire: the authorize page answers with a page that POSTs the code back
 * ({@code response_mode=form_post}) with the {@code user} JSON on the first sign-in only;
 * {@code POST /auth/token} accepts only a client secret that is an ES256 JWT signed by the team's
 * key (checked against its public half) and answers an id_token signed with a key published at
 * {@code /auth/keys}, carrying the nonce of the authorize request.
 */
final class FakeApple {

    static final String CLIENT_ID = "io.vectort.test.signin";
    static final String TEAM_ID = "TEAMID1234";
    static final String KEY_ID = "KEYID56789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Person(String subject, String email, String firstName, String lastName) {}

    private record Grant(Person person, String redirectUri, String nonce) {}

    private final HttpServer server;
    private final KeyPair teamKey;
    private final RSAKey signingKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile Person next = new Person("000123.apple", "someone@privaterelay.appleid.com", "Ada", "Lovelace");

    FakeApple() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            teamKey = generator.generateKeyPair();
            signingKey = new RSAKeyGenerator(2048).keyID("apple-test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/auth/authorize", this::authorize);
        server.createContext("/auth/token", this::token);
        server.createContext("/auth/keys", this::keys);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The team's private key as Apple's .p8 file holds it. */
    String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(teamKey.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    void signInAs(Person person) {
        this.next = person;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query =
                Browser.fields("?" + exchange.getRequestURI().getRawQuery(), '?');
        if (!CLIENT_ID.equals(query.get("client_id"))
                || !"form_post".equals(query.get("response_mode"))
                || query.get("nonce") == null) {
            FakeGitHub.respond(exchange, 400, "text/plain", "invalid_request: " + query);
            return;
        }
        Person person = next;
        String code = "c" + UUID.randomUUID().toString().replace("-", "");
        codes.put(code, new Grant(person, query.get("redirect_uri"), query.get("nonce")));
        StringBuilder form = new StringBuilder("<!DOCTYPE html><html><body onload=\"document.forms[0].submit()\">"
                + "<form method=\"post\" action=\"" + escape(query.get("redirect_uri")) + "\">");
        field(form, "code", code);
        field(form, "state", query.get("state"));
        if (seen.add(person.subject())) {
            field(
                    form,
                    "user",
                    JSON.writeValueAsString(Map.of(
                            "name", Map.of("firstName", person.firstName(), "lastName", person.lastName()),
                            "email", person.email())));
        }
        form.append("</form></body></html>");
        FakeGitHub.respond(exchange, 200, "text/html", form.toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                Browser.fields("?" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), '?');
        if (!CLIENT_ID.equals(form.get("client_id")) || !validClientSecret(form.get("client_secret"))) {
            FakeGitHub.respond(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null
                || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            FakeGitHub.respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        FakeGitHub.respond(
                exchange,
                200,
                "application/json",
                JSON.writeValueAsString(Map.of(
                        "access_token",
                        "a" + UUID.randomUUID(),
                        "token_type",
                        "Bearer",
                        "expires_in",
                        3600,
                        "refresh_token",
                        "r" + UUID.randomUUID(),
                        "id_token",
                        idToken(grant))));
    }

    private void keys(HttpExchange exchange) throws IOException {
        FakeGitHub.respond(exchange, 200, "application/json", new JWKSet(signingKey.toPublicJWK()).toString());
    }

    private boolean validClientSecret(String secret) {
        try {
            SignedJWT jwt = SignedJWT.parse(secret);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    && KEY_ID.equals(jwt.getHeader().getKeyID())
                    && jwt.verify(new ECDSAVerifier((ECPublicKey) teamKey.getPublic()))
                    && TEAM_ID.equals(claims.getIssuer())
                    && CLIENT_ID.equals(claims.getSubject())
                    && claims.getAudience().contains("https://appleid.apple.com")
                    && claims.getExpirationTime().after(new Date());
        } catch (Exception e) {
            return false;
        }
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(url())
                .audience(CLIENT_ID)
                .subject(grant.person().subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("auth_time", now.getEpochSecond())
                .claim("nonce", grant.nonce())
                .claim("nonce_supported", true)
                .claim("email", grant.person().email())
                // Apple sends these booleans as strings.
                .claim("email_verified", "true")
                .claim("is_private_email", "true")
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append("<input type=\"hidden\" name=\"")
                .append(name)
                .append("\" value=\"")
                .append(escape(value))
                .append("\">");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&amp;", "&");
    }

    void stop() {
        server.stop(0);
    }
}
