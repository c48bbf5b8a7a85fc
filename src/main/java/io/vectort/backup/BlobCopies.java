package io.vectort.backup;

import io.vectort.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies blobs into and out of a backup. Project version archives ({@code users/}) and data
 * exports ({@code exports/}) are kept; preview builds ({@code previews/}) are not: they are rebuilt
 * from a version's files the next time someone opens its preview.
 */
final class BlobCopies {

    static final List<String> PREFIXES = List.of("users/", "exports/");

    private BlobCopies() {}

    /**
     * Called after the database snapshot was taken: every blob the snapshot refers to was written
     * before it and is copied, unless deleted since (then the row that named it is going too).
     */
    static List<Manifest.Blob> write(BlobStore blobs, ZipOutputStream zip) throws IOException {
        List<Manifest.Blob> copied = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (String key : blobs.list(prefix)) {
                Optional<InputStream> content = blobs.get(key);
                if (content.isEmpty()) {
                    continue; // deleted between the listing and now
                }
                zip.putNextEntry(new ZipEntry("blobs/" + key));
                DigestOutputStream out = new DigestOutputStream(DatabaseDump.unclosable(zip), Sha256.digest());
                long bytes;
                try (InputStream in = content.get()) {
                    bytes = in.transferTo(out);
                }
                zip.closeEntry();
                copied.add(new Manifest.Blob(key, bytes, Sha256.hex(out.getMessageDigest())));
            }
        }
        return copied;
    }

    /** Puts every blob of the manifest into {@code blobs}, each checked against its hash first. */
    static void restore(ZipFile zip, Manifest manifest, BlobStore blobs) throws IOException {
        for (Manifest.Blob blob : manifest.blobs()) {
            blobs.put(blob.key(), read(zip, blob), contentType(blob.key()));
        }
    }

    /** Reads every blob and compares it with the manifest, writing nothing. */
    static void verify(ZipFile zip, Manifest manifest) throws IOException {
        for (Manifest.Blob blob : manifest.blobs()) {
            read(zip, blob);
        }
    }

    private static byte[] read(ZipFile zip, Manifest.Blob blob) throws IOException {
        ZipEntry entry = zip.getEntry(blob.entry());
        if (entry == null) {
            throw new BackupUnreadableException("The backup lacks the blob " + blob.key() + " listed in its manifest");
        }
        MessageDigest digest = Sha256.digest();
        byte[] bytes;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            bytes = in.readAllBytes();
        }
        if (bytes.length != blob.bytes() || !Sha256.hex(digest).equals(blob.sha256())) {
            throw new BackupUnreadableException(
                    "The blob " + blob.key() + " in the backup does not match its manifest");
        }
        return bytes;
    }

    private static String contentType(String key) {
        return key.endsWith(".zip") ? "application/zip" : "application/octet-stream";
    }
}
