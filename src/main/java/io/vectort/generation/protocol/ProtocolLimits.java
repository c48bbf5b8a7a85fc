package io.vectort.generation.protocol;

/**
 * Size limits for one generation's output and the project it produces.
 *
 * @param maxFileBytes largest single file, in UTF-8 bytes
 * @param maxTotalBytes largest resulting project, in UTF-8 bytes
 * @param maxFiles most files in the resulting project
 */
public record ProtocolLimits(int maxFileBytes, long maxTotalBytes, int maxFiles) {

    public static final ProtocolLimits DEFAULTS = new ProtocolLimits(1024 * 1024, 10L * 1024 * 1024, 1000);

    public ProtocolLimits {
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("protocol limits must be positive");
        }
    }
}
