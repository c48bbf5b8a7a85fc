package io.vectort.database;

/** A command that replaces the database found a running Vectort using it. */
public final class DatabaseInUseException extends RuntimeException {

    DatabaseInUseException(String message) {
        super(message);
    }
}
