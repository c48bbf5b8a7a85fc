package io.vectort.database;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells apart the two ways the database can fail a request: every pooled connection is busy (the
 * node is overloaded, retry in a moment) or the database cannot be reached. Both are 503s, never
 * 500s; the difference tells clients and operators what is going on.
 */
public enum DatabaseTrouble {
    OVERLOADED,
    UNAVAILABLE;

    /** Empty when {@code e} is not a database connection problem. */
    public static Optional<DatabaseTrouble> of(Throwable e) {
        if (!(e instanceof CannotGetJdbcConnectionException
                || e instanceof CannotCreateTransactionException
                || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException)) {
            return Optional.empty();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // The pool times out a waiting request with no cause when the database is healthy and
            // simply busy; when it cannot connect, the cause is the last connection failure.
            if (cause instanceof SQLTransientConnectionException timeout
                    && timeout.getCause() == null
                    && String.valueOf(timeout.getMessage()).contains("Connection is not available")) {
                return Optional.of(OVERLOADED);
            }
        }
        return Optional.of(UNAVAILABLE);
    }
}
