package io.vectort.identity.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.ObjectWriter;

/**
 * An {@link ExportSink} that writes a ZIP in memory ({@code BlobStore.put} takes the whole object
 * anyway). Entry names are checked here, once, so no contributor can write outside the archive.
 */
final class ZipExportSink implements ExportSink, AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
    private final ObjectWriter json;
    private final Set<String> written = new HashSet<>();

    ZipExportSink(ObjectWriter json) {
        this.json = json;
    }

    @Override
    public void json(String path, Object value) {
        file(path, json.writeValueAsBytes(value));
    }

    @Override
    public void file(String path, byte[] content) {
        check(path);
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** Finishes the archive and returns it; nothing may be written afterwards. */
    byte[] finish() {
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing a memory stream cannot fail", e);
        }
    }

    private void check(String path) {
        boolean safe = !path.isEmpty()
                && !path.startsWith("/")
                && !path.endsWith("/")
                && path.indexOf('\\') < 0
                && path.chars().noneMatch(Character::isISOControl);
        if (safe) {
            for (String segment : path.split("/", -1)) {
                safe &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
            }
        }
        if (!safe) {
            throw new IllegalArgumentException("not a relative path inside the export: " + path);
        }
        if (!written.add(path)) {
            throw new IllegalArgumentException("written twice in the export: " + path);
        }
    }
}
