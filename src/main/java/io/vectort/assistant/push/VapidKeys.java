package io.vectort.assistant.push;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The installation's VAPID key pair (ES256, P-256): push services accept a push only when it is
 * signed by the key the browser subscribed with, so every node must use the same pair.
 */
record VapidKeys(KeyPair pair) {

    static final String CURVE = "prime256v1";

    static {
        // The web-push library looks keys up by the "BC" provider name.
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    static Provider provider() {
        return Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    }

    static VapidKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider());
            generator.initialize(new ECGenParameterSpec(CURVE), new SecureRandom());
            return new VapidKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle always has P-256", e);
        }
    }

    /**
     * The pair of a private key in one of the usual forms: base64url (or base64) of the 32-byte
     * scalar, as web-push tools print it, or a PKCS#8 key (PEM or its base64 body). The public key
     * is derived from it.
     */
    static VapidKeys fromPrivateKey(String text) {
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder()
                    .decode(body.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw invalid("VECTORT_VAPID_PRIVATE_KEY", "is not base64url");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", provider());
            ECPrivateKey privateKey;
            ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec(CURVE);
            if (bytes.length == 32) {
                privateKey =
                        (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, bytes), curve));
            } else {
                privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(bytes));
            }
            ECPoint q = curve.getG().multiply(privateKey.getD()).normalize();
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(q, curve));
            return new VapidKeys(new KeyPair(publicKey, privateKey));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw invalid("VECTORT_VAPID_PRIVATE_KEY", "is not a P-256 private key (32 bytes, base64url, or PKCS#8)");
        }
    }

    /** Fails when a configured public key is not this pair's. */
    VapidKeys requirePublicKey(String configured) {
        byte[] expected;
        try {
            expected = Base64.getUrlDecoder()
                    .decode(configured.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw invalid("VECTORT_VAPID_PUBLIC_KEY", "is not base64url");
        }
        if (!Arrays.equals(expected, publicKeyBytes())) {
            throw invalid("VECTORT_VAPID_PUBLIC_KEY", "does not belong to VECTORT_VAPID_PRIVATE_KEY");
        }
        return this;
    }

    ECPublicKey publicKey() {
        return (ECPublicKey) pair.getPublic();
    }

    /** The 65-byte uncompressed point, the {@code applicationServerKey} a browser subscribes with. */
    byte[] publicKeyBytes() {
        return publicKey().getQ().getEncoded(false);
    }

    String publicKeyBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(publicKeyBytes());
    }

    /** The 32-byte scalar, base64url: what is stored (encrypted) when the pair is generated. */
    String privateKeyBase64Url() {
        byte[] d = ((ECPrivateKey) pair.getPrivate()).getD().toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(d.length, 32);
        System.arraycopy(d, d.length - copy, fixed, 32 - copy, copy);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    private static IllegalStateException invalid(String variable, String problem) {
        return new IllegalStateException(variable + " " + problem
                + "; generate a pair with `npx web-push generate-vapid-keys`, or unset both VAPID keys to let"
                + " Vectort generate and keep one");
    }
}
