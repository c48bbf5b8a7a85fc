package io.vectort.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup commands' database when no server is configured: the bundled PostgreSQL. */
class StandaloneDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void sharesARunningBundledServerForReadingAndRefusesToReplaceItsData() throws Exception {
        DatabaseProperties properties = new DatabaseProperties("", "", "", dataDir, 0, 2, "vectort", "");

        try (StandaloneDatabase running = StandaloneDatabase.open(properties, StandaloneDatabase.Access.SHARED)) {
            assertThatThrownBy(() -> StandaloneDatabase.open(properties, StandaloneDatabase.Access.EXCLUSIVE))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("Vectort is running with the bundled database in")
                    .hasMessageContaining("Stop it first");

            try (StandaloneDatabase reader = StandaloneDatabase.open(properties, StandaloneDatabase.Access.SHARED);
                    Connection connection = reader.dataSource().getConnection();
                    ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo("vectort");
                assertThat(reader.describe()).isEqualTo(running.describe());
            }
            assertThat(running.generatedMasterKey()).contains(dataDir.resolve("master.key"));
        }
    }
}
