package io.vectort.generation.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The name of a set of files: SHA-256 over every path and content, in path order. */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Map<String, String> files) {
        SortedMap<String, String> sorted = new TreeMap<>(files);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : sorted.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
