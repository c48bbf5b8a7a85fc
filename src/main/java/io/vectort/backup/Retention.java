package io.vectort.backup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to delete: the newest backup of each of the {@code keepDaily} most recent days
 * (UTC) that have one is kept, and the newest of each of the {@code keepWeekly} most recent ISO
 * weeks; everything else goes. The newest backup is always kept.
 */
record Retention(int keepDaily, int keepWeekly) {

    List<String> toDelete(List<String> names) {
        List<String> newestFirst = BackupNames.newestFirst(names);
        Set<String> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (String name : newestFirst) {
            LocalDate day = LocalDate.ofInstant(BackupNames.time(name).orElseThrow(), ZoneOffset.UTC);
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!days.contains(day) && days.size() < keepDaily) {
                days.add(day);
                keep.add(name);
            }
            if (!weeks.contains(week) && weeks.size() < keepWeekly) {
                weeks.add(week);
                keep.add(name);
            }
        }
        return newestFirst.stream().filter(name -> !keep.contains(name)).toList();
    }
}
