package io.vectort.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup's generated master key back into the data directory: without it, secrets the
 * database keeps encrypted (signing keys...) could not be read on a new machine. A different key
 * already there is kept aside, never overwritten.
 */
final class MasterKeyFile {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyFile.class);

    private MasterKeyFile() {}

    static void restore(Path file, byte[] key, Instant now) throws IOException {
        if (Files.exists(file)) {
            if (Arrays.equals(Files.readAllBytes(file), key)) {
                return;
            }
            Path aside = file.resolveSibling(file.getFileName() + ".before-restore-" + now.getEpochSecond());
            Files.move(file, aside);
            log.warn("Kept the previous master key as {}; the restored data uses the backup's key", aside);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "master", ".key");
        try {
            Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions protect it.
        }
        Files.write(draft, key);
        Files.move(draft, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
