package io.vectort.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The {@code backup_runs} table: every attempt, so the metric knows the last good one. */
final class BackupRuns {

    private final DataSource database;

    BackupRuns(DataSource database) {
        this.database = database;
    }

    void succeeded(Instant started, Instant finished, String target, String name, long bytes) throws SQLException {
        insert(started, finished, target, name, true, bytes, null);
    }

    void failed(Instant started, Instant finished, String target, String error) throws SQLException {
        insert(started, finished, target, null, false, null, error);
    }

    Optional<Instant> lastSuccess() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select max(finished_at) from backup_runs where succeeded");
                ResultSet result = statement.executeQuery()) {
            result.next();
            Timestamp last = result.getTimestamp(1);
            return last == null ? Optional.empty() : Optional.of(last.toInstant());
        }
    }

    /** Attempts older than {@code before} are history nobody reads. */
    void forgetBefore(Instant before) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("delete from backup_runs where finished_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(before));
            statement.executeUpdate();
        }
    }

    private void insert(
            Instant started,
            Instant finished,
            String target,
            @Nullable String name,
            boolean succeeded,
            @Nullable Long bytes,
            @Nullable String error)
            throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "insert into backup_runs"
                                + " (started_at, finished_at, target, name, succeeded, bytes, error) values (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setTimestamp(1, Timestamp.from(started));
            statement.setTimestamp(2, Timestamp.from(finished));
            statement.setString(3, target);
            statement.setString(4, name);
            statement.setBoolean(5, succeeded);
            statement.setObject(6, bytes);
            statement.setString(7, error);
            statement.executeUpdate();
        }
    }
}
