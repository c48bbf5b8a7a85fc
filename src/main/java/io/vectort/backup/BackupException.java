package io.vectort.backup;

/** A backup, restore or check that cannot go on; the message says what to do. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
