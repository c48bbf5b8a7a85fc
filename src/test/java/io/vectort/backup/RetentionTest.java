package io.vectort.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z"); // a Saturday

    @Test
    void keepsTheNewestOfEachRecentDayAndOfEachRecentWeek() {
        List<String> names = new ArrayList<>();
        // Two backups a day (03:00 and 15:00) for 60 days.
        for (int day = 0; day < 60; day++) {
            Instant morning = NOW.minus(Duration.ofDays(day));
            names.add(BackupNames.of(morning, true));
            names.add(BackupNames.of(morning.minus(Duration.ofHours(12)), true));
        }
        names.add("notes.txt");

        List<String> deleted = new Retention(7, 4).toDelete(names);
        List<String> kept = names.stream()
                .filter(BackupNames::isBackup)
                .filter(name -> !deleted.contains(name))
                .toList();

        // The newest of each of 7 days (Dec 5 03:00, then the 15:00 ones of Dec 4..Nov 29), and the
        // newest of each of 4 ISO weeks: this week's and last week's are already kept; the two
        // before end on Sundays Nov 22 and Nov 15.
        assertThat(kept)
                .contains(
                        "vectort-backup-20261205T030000Z.zip.gpg",
                        "vectort-backup-20261129T150000Z.zip.gpg",
                        "vectort-backup-20261122T150000Z.zip.gpg",
                        "vectort-backup-20261115T150000Z.zip.gpg")
                .doesNotContain("vectort-backup-20261204T030000Z.zip.gpg", "vectort-backup-20261108T150000Z.zip.gpg")
                .hasSize(7 + 2);
        assertThat(deleted).doesNotContain("notes.txt").hasSize(120 - kept.size());
    }

    @Test
    void alwaysKeepsTheNewestAndDeletesNothingWhenThereIsLittle() {
        List<String> names = List.of(BackupNames.of(NOW, false), BackupNames.of(NOW.minusSeconds(60), false));

        assertThat(new Retention(1, 0).toDelete(names)).containsExactly(BackupNames.of(NOW.minusSeconds(60), false));
        assertThat(new Retention(7, 4).toDelete(List.of(names.getFirst()))).isEmpty();
    }

    @Test
    void namesCarryTheirTimeAndWhetherTheyAreEncrypted() {
        String name = BackupNames.of(Instant.parse("2026-01-02T03:04:05Z"), true);

        assertThat(name).isEqualTo("vectort-backup-20260102T030405Z.zip.gpg");
        assertThat(BackupNames.time(name)).contains(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(BackupNames.encrypted(name)).isTrue();
        assertThat(BackupNames.isBackup("vectort-backup-20260102T030405Z.zip.gpg.part"))
                .isFalse();
        assertThat(BackupNames.isBackup("vectort-backup-2026.zip")).isFalse();
    }
}
