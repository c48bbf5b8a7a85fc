package io.vectort.generation.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes versions. Callers check ownership first (through the project) and number
 * versions under the project's row lock; this class trusts the ids it is given.
 */
@Component
public class VersionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    VersionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<VersionInfo> list(UUID projectId) {
        return jdbc.sql("select * from versions where project_id = :project order by number desc")
                .param("project", projectId)
                .query(VersionStore::map)
                .list();
    }

    public Optional<VersionInfo> get(UUID projectId, int number) {
        return jdbc.sql("select * from versions where project_id = :project and number = :number")
                .param("project", projectId)
                .param("number", number)
                .query(VersionStore::map)
                .optional();
    }

    public List<VersionFile> files(UUID projectId, int number) {
        return jdbc.sql("""
                        select path, size, sha256 from version_files
                        where project_id = :project and version_number = :number order by path""")
                .param("project", projectId)
                .param("number", number)
                .query((rs, n) -> new VersionFile(
                        rs.getString("path"), rs.getInt("size"), HexFormat.of().formatHex(rs.getBytes("sha256"))))
                .list();
    }

    public Optional<String> content(UUID projectId, int number, String path) {
        return jdbc.sql("""
                        select c.content from version_files f
                        join file_contents c on c.project_id = f.project_id and c.sha256 = f.sha256
                        where f.project_id = :project and f.version_number = :number and f.path = :path""")
                .param("project", projectId)
                .param("number", number)
                .param("path", path)
                .query((rs, n) -> new String(rs.getBytes("content"), StandardCharsets.UTF_8))
                .optional();
    }

    /** All files of a version, path to content, sorted by path; empty for version 0. */
    public SortedMap<String, String> contents(UUID projectId, int number) {
        SortedMap<String, String> files = new TreeMap<>();
        jdbc.sql("""
                        select f.path, c.content from version_files f
                        join file_contents c on c.project_id = f.project_id and c.sha256 = f.sha256
                        where f.project_id = :project and f.version_number = :number""").param("project", projectId).param("number", number).query(rs -> {
            files.put(rs.getString("path"), new String(rs.getBytes("content"), StandardCharsets.UTF_8));
        });
        return files;
    }

    /**
     * Stores version {@code number} with exactly {@code files}. Must run in the caller's
     * transaction, under the project's row lock.
     */
    public VersionInfo create(
            UUID projectId,
            int number,
            Optional<UUID> generationId,
            Optional<Integer> parentNumber,
            String summary,
            Map<String, String> files) {
        Map<String, Stored> stored = new LinkedHashMap<>();
        long totalBytes = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            stored.put(file.getKey(), new Stored(bytes, sha256(bytes)));
            totalBytes += bytes.length;
        }
        VersionInfo version = jdbc.sql("""
                        insert into versions (project_id, number, generation_id, parent_number, summary, file_count,
                            total_bytes)
                        values (:project, :number, :generation, :parent, :summary, :count, :bytes) returning *""")
                .param("project", projectId)
                .param("number", number)
                .param("generation", generationId.orElse(null))
                .param("parent", parentNumber.orElse(null))
                .param("summary", summary)
                .param("count", files.size())
                .param("bytes", totalBytes)
                .query(VersionStore::map)
                .single();
        List<Object[]> contentRows = new ArrayList<>();
        List<Object[]> fileRows = new ArrayList<>();
        for (Map.Entry<String, Stored> file : stored.entrySet()) {
            contentRows.add(new Object[] {
                projectId, file.getValue().sha256(), file.getValue().bytes()
            });
            fileRows.add(new Object[] {
                projectId,
                number,
                file.getKey(),
                file.getValue().sha256(),
                file.getValue().bytes().length
            });
        }
        batch.batchUpdate(
                "insert into file_contents (project_id, sha256, content) values (?, ?, ?) on conflict do nothing",
                contentRows);
        batch.batchUpdate(
                "insert into version_files (project_id, version_number, path, sha256, size) values (?, ?, ?, ?, ?)",
                fileRows);
        return version;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static VersionInfo map(ResultSet rs, int row) throws SQLException {
        return new VersionInfo(
                rs.getInt("number"),
                Optional.ofNullable(rs.getObject("generation_id", UUID.class)),
                Optional.ofNullable(rs.getObject("parent_number", Integer.class)),
                rs.getString("summary"),
                rs.getInt("file_count"),
                rs.getLong("total_bytes"),
                rs.getObject("created_at", Timestamp.class).toInstant());
    }

    private record Stored(byte[] bytes, byte[] sha256) {}
}
