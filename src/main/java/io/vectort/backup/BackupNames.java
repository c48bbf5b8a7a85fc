package io.vectort.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup files are named by their snapshot time, {@code vectort-backup-20261205T035500Z.zip.gpg}
 * ({@code .zip} when unencrypted), so that listing a target sorts and dates them without opening one.
 */
final class BackupNames {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("vectort-backup-(\\d{8}T\\d{6}Z)\\.zip(\\.gpg)?");

    private BackupNames() {}

    static String of(Instant at, boolean encrypted) {
        return "vectort-backup-" + STAMP.format(at) + (encrypted ? ".zip.gpg" : ".zip");
    }

    static boolean isBackup(String name) {
        return time(name).isPresent();
    }

    static boolean encrypted(String name) {
        return name.endsWith(".gpg");
    }

    static Optional<Instant> time(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(matcher.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The backups among {@code names}, newest first. */
    static List<String> newestFirst(List<String> names) {
        return names.stream()
                .filter(BackupNames::isBackup)
                .sorted(Comparator.comparing((String name) -> time(name).orElseThrow())
                        .reversed())
                .toList();
    }
}
