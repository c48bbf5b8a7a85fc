package io.vectort.identity.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An authorization request as stored: JSON encrypted with AES-256-GCM under a key derived from its
 * {@code state}, which only the browser's callback carries. The row's key is a different hash of
 * the same state, so the table alone holds neither the PKCE verifier nor the nonce.
 */
final class SealedRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private SealedRequests() {}

    /** The row key of a state. */
    static byte[] stateHash(String state) {
        return sha256("vectort.oauth.state|" + state);
    }

    static byte[] seal(OAuth2AuthorizationRequest request, String provider) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("authorizationUri", request.getAuthorizationUri());
        fields.put("clientId", request.getClientId());
        fields.put("redirectUri", request.getRedirectUri());
        fields.put("scopes", List.copyOf(request.getScopes()));
        fields.put("state", request.getState());
        fields.put("additionalParameters", strings(request.getAdditionalParameters()));
        fields.put("authorizationRequestUri", request.getAuthorizationRequestUri());
        fields.put("attributes", strings(request.getAttributes()));
        byte[] plain = JSON.writeValueAsBytes(fields);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, request.getState(), iv, provider);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The request, or empty when it was not sealed under this state and provider. */
    @SuppressWarnings("unchecked")
    static Optional<OAuth2AuthorizationRequest> open(byte[] sealed, String state, String provider) {
        Map<String, Object> fields;
        try {
            byte[] iv = Arrays.copyOfRange(sealed, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, state, iv, provider);
            fields = JSON.readValue(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), MAP);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri((String) fields.get("authorizationUri"))
                .clientId((String) fields.get("clientId"))
                .redirectUri((String) fields.get("redirectUri"))
                .scopes(new LinkedHashSet<>((List<String>) fields.get("scopes")))
                .state((String) fields.get("state"))
                .additionalParameters((Map<String, Object>) fields.get("additionalParameters"))
                .authorizationRequestUri((String) fields.get("authorizationRequestUri"))
                .attributes((Map<String, Object>) fields.get("attributes"))
                .build());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cipher cipher(int mode, String state, byte[] iv, String provider) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        SecretKeySpec key = new SecretKeySpec(sha256("vectort.oauth.request-key|" + state), "AES");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(provider.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, String.valueOf(value)));
        return copy;
    }
}
