package io.vectort.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file: a ZIP ({@code manifest.json}, {@code database/<table>.copy}, {@code
 * blobs/<key>}, maybe {@code master.key}), OpenPGP-encrypted unless made with {@code --unencrypted}.
 */
final class BackupArchive {

    static final String MASTER_KEY_ENTRY = "master.key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupArchive() {}

    /** A ZIP stream into {@code file}, encrypted under {@code key} when there is one. */
    static ZipOutputStream create(Path file, Optional<BackupKey> key) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (key.isPresent()) {
            out = OpenPgpEnvelope.encrypting(out, key.get());
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        // COPY text and JSON compress well even at the fastest level; the time goes to RPO and RTO.
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    static void writeManifest(ZipOutputStream zip, Manifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
    }

    /**
     * Opens backup {@code file} (decrypting it into {@code scratch} first, integrity checked) and
     * reads its manifest.
     */
    static Opened open(Path file, Optional<BackupKey> key, Path scratch) throws IOException {
        Path zipFile = file;
        if (BackupNames.encrypted(file.getFileName().toString())) {
            BackupKey passphrase = key.orElseThrow(() -> new BackupException(file.getFileName()
                    + " is encrypted: set VECTORT_BACKUP_KEY or VECTORT_BACKUP_KEY_FILE to the key it was made with"));
            zipFile = scratch.resolve("decrypted.zip");
            OpenPgpEnvelope.decrypt(file, zipFile, passphrase);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(zipFile.toFile());
        } catch (IOException e) {
            throw new BackupUnreadableException(file.getFileName() + " is not a readable backup archive", e);
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            if (entry == null) {
                throw new BackupUnreadableException(file.getFileName() + " has no manifest: not a Vectort backup");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = JSON.readValue(in, Manifest.class);
            } catch (JacksonException e) {
                throw new BackupUnreadableException(file.getFileName() + " has an unreadable manifest", e);
            }
            if (!Manifest.FORMAT.equals(manifest.format())) {
                throw new BackupUnreadableException(file.getFileName() + " is in format " + manifest.format()
                        + ", which this Vectort does not read");
            }
            return new Opened(zip, manifest);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    record Opened(ZipFile zip, Manifest manifest) implements AutoCloseable {

        Optional<byte[]> masterKey() throws IOException {
            ZipEntry entry = zip.getEntry(MASTER_KEY_ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
