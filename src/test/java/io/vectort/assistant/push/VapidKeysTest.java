package io.vectort.assistant.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VapidKeysTest {

    @Test
    void aPrivateKeyAsWebPushToolsPrintItGivesBackTheSamePairAndPublicKey() throws Exception {
        VapidKeys generated = VapidKeys.generate();
        VapidKeys loaded = VapidKeys.fromPrivateKey(generated.privateKeyBase64Url());
        assertThat(loaded.publicKeyBase64Url()).isEqualTo(generated.publicKeyBase64Url());
        assertThat(Base64.getUrlDecoder().decode(loaded.publicKeyBase64Url()))
                .hasSize(65)
                .startsWith((byte) 4);
        assertThat(loaded.requirePublicKey(generated.publicKeyBase64Url())).isSameAs(loaded);

        // What it signs verifies with the derived public key.
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(loaded.pair().getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(Browser.publicKey(loaded.publicKeyBytes()));
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void aPkcs8PemKeyIsAcceptedToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        VapidKeys loaded = VapidKeys.fromPrivateKey(pem);
        assertThat(KeyFactory.getInstance("EC")
                        .generatePublic(new java.security.spec.X509EncodedKeySpec(
                                pair.getPublic().getEncoded())))
                .isEqualTo(Browser.publicKey(loaded.publicKeyBytes()));
    }

    @Test
    void wrongConfigurationFailsWithAMessageSayingWhatToFix() {
        VapidKeys one = VapidKeys.generate();
        VapidKeys other = VapidKeys.generate();
        assertThatThrownBy(() -> one.requirePublicKey(other.publicKeyBase64Url()))
                .hasMessageContaining("VECTORT_VAPID_PUBLIC_KEY does not belong to VECTORT_VAPID_PRIVATE_KEY");
        assertThatThrownBy(() -> VapidKeys.fromPrivateKey("not a key!"))
                .hasMessageContaining("VECTORT_VAPID_PRIVATE_KEY");
        assertThatThrownBy(() -> VapidKeys.fromPrivateKey("AAAA")).hasMessageContaining("is not a P-256 private key");
    }

    @Test
    void theTopicIsShortStableAndTheSameForBothStepsOfAnOccurrence() {
        String topic = PushJob.topic("r1/1700000000000");
        assertThat(topic).hasSize(32).matches("[A-Za-z0-9_-]+").isEqualTo(PushJob.topic("r1/1700000000000"));
        assertThat(PushJob.topic("r1/1700000060000")).isNotEqualTo(topic);
    }
}
