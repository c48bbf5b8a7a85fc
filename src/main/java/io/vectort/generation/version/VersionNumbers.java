package io.vectort.generation.version;

import io.vectort.generation.project.Project;
import io.vectort.shared.NotFoundException;

/** A version as URLs name it: its number or {@code latest}. Anything else names no version (404). */
public final class VersionNumbers {

    private VersionNumbers() {}

    public static int of(Project project, String version) {
        if (version.equals("latest")) {
            return project.currentVersion();
        }
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Version");
        }
    }
}
