package io.vectort.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts instance settings at rest with AES-256-GCM under the installation's master key, bound
 * to the setting's name (so a value cannot be moved to another setting). The master key comes from
 * {@code VECTORT_MASTER_KEY} (32 bytes, Base64), which every node of a cluster must share; a single
 * node without it creates {@code <data dir>/master.key} (owner-only) on first start.
 */
final class SettingsCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String source;
    private final SecureRandom random = new SecureRandom();

    private SettingsCipher(byte[] key, String source) {
        if (key.length != 32) {
            throw new IllegalStateException("The master key (" + source + ") must be 32 bytes, Base64-encoded; it has "
                    + key.length + " bytes. Generate one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.source = source;
    }

    static SettingsCipher of(String configuredKey, Path dataDir) {
        if (!configuredKey.isBlank()) {
            return new SettingsCipher(decode(configuredKey.strip(), "VECTORT_MASTER_KEY"), "VECTORT_MASTER_KEY");
        }
        Path file = dataDir.resolve("master.key");
        return new SettingsCipher(decode(readOrCreate(file), file.toString()), file.toString());
    }

    String seal(String name, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plaintext of a sealed value; {@code stored} must start with {@link #PREFIX}. */
    String open(String name, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Cannot decrypt the instance setting '" + name + "' with the master key from "
                            + source + ": it was encrypted with another key. Every node must run with the same"
                            + " VECTORT_MASTER_KEY as the node that first started on this database.");
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key (" + source + ") is not valid Base64");
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            Path draft = Files.createTempFile(dir, "master", ".key");
            try {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own permissions protect it.
            }
            Files.writeString(draft, encoded);
            // Whole or absent: a start that is killed half-way never leaves an empty key behind.
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the master key file " + file
                            + "; set VECTORT_MASTER_KEY or make the data directory writable",
                    e);
        }
    }
}
