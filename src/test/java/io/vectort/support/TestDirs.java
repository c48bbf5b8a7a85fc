package io.vectort.support;

import java.nio.file.Path;

/**
 * Directories the test application writes to, one set per test JVM: the integration tests run in
 * parallel forks ({@code vectort.test.fork}, set by failsafe), and two forks must never share a
 * blob store or a preview cache — one fork's backup would copy the other's blobs mid-write.
 */
public final class TestDirs {

    /** This JVM's fork number, {@code 0} outside failsafe's forks. */
    public static final String FORK = System.getProperty("vectort.test.fork", "0");

    public static final Path BLOBS = Path.of("target/test-blobs-" + FORK);

    private TestDirs() {}

    /** A preview cache directory of this fork, {@code name} telling the nodes of one test apart. */
    public static String previews(String name) {
        return "target/test-previews-" + name + "-" + FORK;
    }
}
