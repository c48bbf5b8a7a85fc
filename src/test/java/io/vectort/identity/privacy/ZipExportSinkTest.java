package io.vectort.identity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ZipExportSinkTest {

    private final ZipExportSink sink =
            new ZipExportSink(JsonMapper.builder().build().writer());

    @Test
    void writesJsonAndFilesUnderTheirPaths() throws IOException {
        sink.json("assistant/tasks.json", List.of(Map.of("title", "Water the plants")));
        sink.file("projects/a-1/v1.zip", new byte[] {1, 2, 3});

        Map<String, byte[]> entries = unzip(sink.finish());

        assertThat(entries).containsOnlyKeys("assistant/tasks.json", "projects/a-1/v1.zip");
        assertThat(new String(entries.get("assistant/tasks.json"), StandardCharsets.UTF_8))
                .isEqualTo("[{\"title\":\"Water the plants\"}]");
        assertThat(entries.get("projects/a-1/v1.zip")).containsExactly(1, 2, 3);
    }

    @Test
    void refusesPathsOutsideTheArchiveAndDuplicates() {
        for (String path :
                List.of("", "/etc/passwd", "../up.json", "a/../../b", "a//b", "a\\b", "dir/", "./a", "a\u0000")) {
            assertThatThrownBy(() -> sink.file(path, new byte[0]))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        sink.file("account.json", new byte[0]);
        assertThatThrownBy(() -> sink.file("account.json", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void rowsGetTheApiNamesAndReadableValues() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("created_at", Timestamp.from(Instant.parse("2026-12-04T05:00:00Z")));
        row.put("quiet_hours_start", null);
        row.put("id", 7);

        Map<String, Object> clean = ExportRows.row(row);

        assertThat(clean.keySet()).containsExactly("createdAt", "quietHoursStart", "id");
        assertThat(clean.get("createdAt")).isEqualTo(Instant.parse("2026-12-04T05:00:00Z"));
        assertThat(clean.get("quietHoursStart")).isNull();
        assertThat(clean.get("id")).isEqualTo(7);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
