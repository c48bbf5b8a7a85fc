package io.vectort.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenPgpEnvelopeTest {

    private static final BackupKey KEY = BackupKey.of("correct horse battery staple");

    @TempDir
    Path dir;

    @Test
    void decryptsWhatItEncryptedAndHidesThePlaintext() throws IOException {
        byte[] content = content();
        Path encrypted = encrypt(content);

        assertThat(new String(Files.readAllBytes(encrypted), StandardCharsets.ISO_8859_1))
                .doesNotContain("projects/p1/versions");
        Path plain = dir.resolve("plain");
        OpenPgpEnvelope.decrypt(encrypted, plain, KEY);
        assertThat(Files.readAllBytes(plain)).isEqualTo(content);
    }

    @Test
    void aWrongKeyIsNamedAsSuch() throws IOException {
        Path encrypted = encrypt(content());

        assertThatThrownBy(() -> OpenPgpEnvelope.decrypt(
                        encrypted, dir.resolve("plain"), BackupKey.of("not the key it was made with")))
                .isInstanceOf(BackupUnreadableException.class)
                .hasMessageContaining("cannot be decrypted with this backup key");
    }

    @Test
    void aChangedByteFailsTheIntegrityCheck() throws IOException {
        Path encrypted = encrypt(content());
        byte[] bytes = Files.readAllBytes(encrypted);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(encrypted, bytes);

        assertThatThrownBy(() -> OpenPgpEnvelope.decrypt(encrypted, dir.resolve("plain"), KEY))
                .isInstanceOf(BackupUnreadableException.class)
                .hasMessageContaining("damaged or was modified");
    }

    @Test
    void aFileThatIsNotOpenPgpIsRefused() throws IOException {
        Path zip = dir.resolve("vectort-backup-20260101T000000Z.zip.gpg");
        Files.write(zip, "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> OpenPgpEnvelope.decrypt(zip, dir.resolve("plain"), KEY))
                .isInstanceOf(BackupUnreadableException.class);
    }

    /** The promise of the runbook: an operator can decrypt a backup with gpg alone. */
    @Test
    void gpgDecryptsItWithThePassphrase() throws Exception {
        assumeTrue(gpgInstalled(), "gpg is not installed");
        byte[] content = content();
        Path encrypted = encrypt(content);
        Path keyFile = Files.writeString(dir.resolve("key"), "correct horse battery staple\n");
        Path out = dir.resolve("by-gpg.zip");

        Process gpg = new ProcessBuilder(
                        "gpg",
                        "--batch",
                        "--quiet",
                        "--homedir",
                        Files.createDirectory(dir.resolve("gnupg")).toString(),
                        "--passphrase-file",
                        keyFile.toString(),
                        "--output",
                        out.toString(),
                        "--decrypt",
                        encrypted.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(gpg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gpg.exitValue()).as(log).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
    }

    private Path encrypt(byte[] content) throws IOException {
        Path file = dir.resolve("vectort-backup-20260101T000000Z.zip.gpg");
        try (OutputStream out = OpenPgpEnvelope.encrypting(Files.newOutputStream(file), KEY)) {
            out.write(content);
        }
        return file;
    }

    private static byte[] content() {
        byte[] random = new byte[300_000];
        new Random(7).nextBytes(random);
        byte[] text = "users/o1/projects/p1/versions/v1.zip ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[random.length + text.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(random, 0, all, text.length, random.length);
        return all;
    }

    private static boolean gpgInstalled() {
        try {
            return new ProcessBuilder("gpg", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
