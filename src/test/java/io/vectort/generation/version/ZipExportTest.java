package io.vectort.generation.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ZipExportTest {

    private static final Instant VERSION_TIME = Instant.parse("2026-12-04T10:15:30Z");

    @Test
    void aVersionGivesTheSameBytesWheneverItIsDownloadedDatedAtTheVersionsTime() throws Exception {
        Map<String, String> files = new TreeMap<>(Map.of("index.html", "<h1>Hi</h1>\n", "src/app.js", "go();\n"));

        byte[] first = zip(files);
        Thread.sleep(2_100); // past a 2-second step of the ZIP format's clock
        byte[] second = zip(files);

        assertThat(second).isEqualTo(first);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("app-v1/index.html");
            // The ZIP format keeps local time in 2-second steps.
            assertThat(Math.abs(entry.getTime() - VERSION_TIME.toEpochMilli())).isLessThanOrEqualTo(2_000);
        }
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipExport.write("app-v1", files, VERSION_TIME, out);
        return out.toByteArray();
    }
}
