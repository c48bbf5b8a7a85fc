package io.vectort.assistant.push;

import java.util.Base64;
import org.bouncycastle.jce.ECNamedCurveTable;

/** The keys a browser hands over when it subscribes (RFC 8291): base64url, padded or not. */
final class BrowserKeys {

    private BrowserKeys() {}

    /** The bytes, or an empty array when {@code text} is not base64url. */
    static byte[] decode(String text) {
        try {
            return Base64.getUrlDecoder()
                    .decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** An uncompressed P-256 point that lies on the curve: anything else cannot be encrypted to. */
    static boolean isPublicKey(String text) {
        byte[] bytes = decode(text);
        if (bytes.length != 65 || bytes[0] != 0x04) {
            return false;
        }
        try {
            return ECNamedCurveTable.getParameterSpec(VapidKeys.CURVE)
                    .getCurve()
                    .decodePoint(bytes)
                    .isValid();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
