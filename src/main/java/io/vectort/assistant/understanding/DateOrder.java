package io.vectort.assistant.understanding;

import java.time.ZoneId;

/**
 * Which number comes first in "03/12". French is always day first. English is month first only
 * for users whose time zone is in the Americas (the US writes 03/12 for March 12), day first
 * elsewhere (the UK, Ireland, Australia...). A number above 12 settles it anyway.
 */
final class DateOrder {

    private DateOrder() {}

    static boolean monthFirst(Language language, ZoneId zone) {
        String id = zone.getId();
        return language == Language.EN
                && (id.startsWith("America/") || id.startsWith("US/") || id.equals("Pacific/Honolulu"));
    }
}
