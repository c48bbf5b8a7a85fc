package io.vectort.storage;

/** The one key policy every store applies, so that a key valid on S3 is valid on disk too. */
final class BlobKeys {

    static final int MAX_LENGTH = 1024;

    private BlobKeys() {}

    /** A full object key: no trailing slash. */
    static String key(String key) {
        check(key, "key");
        if (key.endsWith("/")) {
            throw new IllegalArgumentException("Blob key must not end with '/': " + key);
        }
        return key;
    }

    /**
     * A non-empty prefix; it may end with '/'. Refusing the empty prefix keeps {@code deleteAll("")}
     * from wiping a whole store.
     */
    static String prefix(String prefix) {
        check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix, "prefix");
        return prefix;
    }

    private static void check(String value, String what) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Blob " + what + " must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.startsWith("/") || value.indexOf('\\') >= 0 || value.contains(":")) {
            throw new IllegalArgumentException("Blob " + what + " must be a relative path with '/': " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("Blob " + what + " must not contain control characters");
            }
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Blob " + what + " has an empty, '.' or '..' segment: " + value);
            }
        }
    }
}
