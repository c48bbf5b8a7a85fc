package io.vectort.generation.preview;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files a static host publishes for a version: its built output ({@code dist/}) for a project
 * that builds, its own files for a plain page.
 *
 * @param state ready (files are there), building (ask again later), failed (the build log is the
 *     reason) or unavailable (nothing to publish, reason says why)
 * @param files the site's files by path, when ready
 * @param built whether the project is one that builds (a host that builds itself runs its build)
 * @param reason why there are no files
 */
public record SiteOutput(State state, SortedMap<String, byte[]> files, boolean built, String reason) {

    public enum State {
        READY,
        BUILDING,
        FAILED,
        UNAVAILABLE
    }

    static SiteOutput ready(SortedMap<String, byte[]> files, boolean built) {
        return new SiteOutput(State.READY, files, built, "");
    }

    static SiteOutput of(State state, boolean built, String reason) {
        return new SiteOutput(state, new TreeMap<>(), built, reason);
    }
}
