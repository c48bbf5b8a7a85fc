package io.vectort.backup;

import org.jspecify.annotations.Nullable;

/** A backup file that cannot be used: wrong key, damaged or modified, or not a backup at all. */
final class BackupUnreadableException extends BackupException {

    BackupUnreadableException(String message) {
        super(message);
    }

    BackupUnreadableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
