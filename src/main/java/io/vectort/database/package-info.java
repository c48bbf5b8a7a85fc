/**
 * Chooses Vectort's SQL server: the bundled PostgreSQL (data under {@code ./data/postgres},
 * surviving restarts) when no URL is configured, a PostgreSQL server by URL otherwise. Exposes a
 * pooled {@link javax.sql.DataSource}; Flyway migrates it at start-up.
 */
@NullMarked
package io.vectort.database;

import org.jspecify.annotations.NullMarked;
