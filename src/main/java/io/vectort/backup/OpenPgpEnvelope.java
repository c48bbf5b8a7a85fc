package io.vectort.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;

/**
 * OpenPGP symmetric encryption (RFC 4880: AES-256, iterated and salted SHA-256 key derivation, an
 * integrity-protected packet), so that an operator can decrypt a backup with {@code gpg} alone:
 * {@code gpg --batch --passphrase-file key --decrypt backup.zip.gpg > backup.zip}.
 */
final class OpenPgpEnvelope {

    private static final int BUFFER = 1 << 16;
    private static final String INNER_NAME = "vectort-backup.zip";

    private OpenPgpEnvelope() {}

    /** Wraps {@code out}: what is written is encrypted; closing the result finishes the message. */
    static OutputStream encrypting(OutputStream out, BackupKey key) throws IOException {
        PGPEncryptedDataGenerator encryption =
                new PGPEncryptedDataGenerator(new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(new SecureRandom()));
        try {
            encryption.addMethod(new JcePBEKeyEncryptionMethodGenerator(
                    key.passphrase(), digests().get(HashAlgorithmTags.SHA256)));
            OutputStream encrypted = encryption.open(out, new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain =
                    literal.open(encrypted, PGPLiteralData.BINARY, INNER_NAME, new Date(), new byte[BUFFER]);
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    plain.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    plain.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    plain.close();
                    encrypted.close();
                    out.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("Could not start the OpenPGP encryption", e);
        }
    }

    /**
     * Decrypts {@code encrypted} into {@code plain}, then checks the integrity packet: a wrong key or
     * a changed byte ends in a {@link BackupUnreadableException}, before anything is restored.
     */
    static void decrypt(Path encrypted, Path plain, BackupKey key) {
        try (InputStream in = PGPUtil.getDecoderStream(new BufferedInputStream(Files.newInputStream(encrypted)))) {
            PGPPBEEncryptedData data = pbeData(in, encrypted);
            InputStream clear;
            try {
                clear = data.getDataStream(new JcePBEDataDecryptorFactoryBuilder(digests()).build(key.passphrase()));
            } catch (PGPException e) {
                throw new BackupUnreadableException(
                        encrypted.getFileName() + " cannot be decrypted with this backup key: the key is wrong"
                                + " (VECTORT_BACKUP_KEY / VECTORT_BACKUP_KEY_FILE), or the file is damaged");
            }
            Object next = new BcPGPObjectFactory(clear).nextObject();
            if (!(next instanceof PGPLiteralData literal)) {
                throw damaged(encrypted, null);
            }
            try (InputStream content = literal.getInputStream()) {
                Files.copy(content, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!data.isIntegrityProtected() || !data.verify()) {
                throw damaged(encrypted, null);
            }
        } catch (PGPException | IOException | RuntimeException e) {
            if (e instanceof BackupUnreadableException unreadable) {
                throw unreadable;
            }
            throw damaged(encrypted, e);
        }
    }

    /**
     * The JDK's own providers rather than Bouncy Castle's pure-Java ciphers: their AES and SHA use
     * the CPU's instructions, several times faster on a backup of hundreds of megabytes.
     */
    private static org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider digests() throws PGPException {
        return new JcaPGPDigestCalculatorProviderBuilder().build();
    }

    private static PGPPBEEncryptedData pbeData(InputStream in, Path file) throws IOException {
        Object first = new BcPGPObjectFactory(in).nextObject();
        if (first instanceof PGPEncryptedDataList list
                && list.size() > 0
                && list.get(0) instanceof PGPPBEEncryptedData pbe) {
            return pbe;
        }
        throw new BackupUnreadableException(
                file.getFileName() + " is not a passphrase-encrypted OpenPGP file (not a Vectort backup?)");
    }

    private static BackupUnreadableException damaged(Path file, Throwable cause) {
        return new BackupUnreadableException(
                file.getFileName() + " is damaged or was modified: its integrity check failed; nothing was"
                        + " restored. Use another backup.",
                cause);
    }
}
