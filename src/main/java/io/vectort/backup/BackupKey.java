package io.vectort.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The operator's passphrase, from {@code VECTORT_BACKUP_KEY} or {@code VECTORT_BACKUP_KEY_FILE}. */
final class BackupKey {

    static final int MIN_LENGTH = 16;

    private final char[] passphrase;

    private BackupKey(char[] passphrase) {
        this.passphrase = passphrase;
    }

    static BackupKey of(String passphrase) {
        if (passphrase.length() < MIN_LENGTH) {
            throw new BackupException("The backup key must be at least " + MIN_LENGTH
                    + " characters (generate one with: openssl rand -base64 32)");
        }
        return new BackupKey(passphrase.toCharArray());
    }

    /** The configured key; empty when neither the key nor its file is set. */
    static Optional<BackupKey> from(BackupProperties properties) {
        if (!properties.key().isEmpty() && !properties.keyFile().isBlank()) {
            throw new BackupException("Set VECTORT_BACKUP_KEY or VECTORT_BACKUP_KEY_FILE, not both");
        }
        if (!properties.key().isEmpty()) {
            return Optional.of(of(properties.key()));
        }
        if (properties.keyFile().isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(properties.keyFile().strip());
        try {
            // A trailing newline from `echo` or an editor is not part of the passphrase.
            return Optional.of(of(Files.readString(file).stripTrailing()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup key file " + file, e);
        }
    }

    char[] passphrase() {
        return passphrase.clone();
    }

    @Override
    public String toString() {
        return "BackupKey[***]";
    }
}
