package io.vectort.identity.privacy;

import java.util.Locale;

/** Where a data export stands. */
public enum ExportStatus {
    QUEUED,
    RUNNING,
    READY,
    FAILED,
    /** It was ready; the link has expired and the archive is (or is about to be) deleted. */
    EXPIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExportStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
