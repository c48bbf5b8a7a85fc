package io.vectort.generation.protocol;

/**
 * Generated output broke a protocol or safety rule; nothing of it is committed. {@link #code()} is
 * one of {@code unsafe_path}, {@code placeholder}, {@code file_too_large}, {@code too_many_files},
 * {@code project_too_large}, {@code malformed_output}, {@code incomplete_output},
 * {@code patch_not_applicable}, {@code file_not_found}, {@code file_exists}.
 */
public class ProtocolViolationException extends RuntimeException {

    private final String code;

    public ProtocolViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
