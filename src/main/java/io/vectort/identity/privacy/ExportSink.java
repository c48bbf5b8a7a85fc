package io.vectort.identity.privacy;

/**
 * Where a {@link PersonalDataContributor} puts files of the export ZIP. Paths are relative and
 * {@code /}-separated ({@code assistant/tasks.json}); a path outside the archive ({@code ..}, a
 * leading slash, a backslash) or one already written is a programming error and throws {@link
 * IllegalArgumentException}.
 */
public interface ExportSink {

    /** Adds {@code value} as pretty-printed JSON; see {@link ExportRows} for database rows. */
    void json(String path, Object value);

    /** Adds a file with exactly these bytes (a version's ZIP, say). */
    void file(String path, byte[] content);
}
