package io.vectort.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Backups as files in one directory (a mounted disk, NFS...). */
final class DirectoryTarget implements BackupTarget {

    private final Path directory;

    DirectoryTarget(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public void upload(String name, Path file) {
        try {
            Files.createDirectories(directory);
            // A partial copy keeps a name no listing takes for a backup, then is renamed at once.
            Path part = directory.resolve(name + ".part");
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup into " + directory, e);
        }
    }

    @Override
    public Path download(String name, Path scratch) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BackupException("No backup " + name + " in " + directory);
        }
        return file;
    }

    @Override
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + name + " in " + directory, e);
        }
    }
}
