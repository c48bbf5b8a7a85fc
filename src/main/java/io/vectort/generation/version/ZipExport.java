package io.vectort.generation.version;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a version's files as a ZIP under one top-level folder, as people expect from a download. */
public final class ZipExport {

    private ZipExport() {}

    /** The folder (and file) name of a version's ZIP, e.g. {@code todo-app-v3}. */
    public static String folder(String projectName, int version) {
        return slug(projectName) + "-v" + version;
    }

    public static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "project" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    /**
     * Writes the files under {@code folder}, each dated {@code modified} (the version's time): the
     * same version always gives the same bytes, whenever it is downloaded.
     */
    public static void write(String folder, Map<String, String> files, Instant modified, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(folder + "/" + file.getKey());
            entry.setTime(modified.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }
}
