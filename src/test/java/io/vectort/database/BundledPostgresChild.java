package io.vectort.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a separate JVM by {@link BundledPostgresIT}: starts the bundled PostgreSQL, writes, waits to be killed. */
public final class BundledPostgresChild {

    private BundledPostgresChild() {}

    public static void main(String[] args) throws Exception {
        BundledPostgres postgres = BundledPostgres.start(Path.of(args[0]), 0, "vectort");
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create table survivors (name text)");
            s.execute("insert into survivors values ('committed before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
