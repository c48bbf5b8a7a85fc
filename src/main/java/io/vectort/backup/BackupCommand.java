package io.vectort.backup;

import io.vectort.database.DatabaseInUseException;
import io.vectort.database.DatabaseProperties;
import io.vectort.storage.BlobStores;
import io.vectort.storage.StorageProperties;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar vectort.jar backup|restore [options] [target]}: runs without the web server,
 * the job engine or Flyway's start-up migration. Configuration is read as the server reads it
 * (environment, {@code application.yml}, {@code --vectort.x=y} arguments).
 */
public final class BackupCommand {

    public static final Set<String> COMMANDS = Set.of("backup", "restore");

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CHECK_FAILED = 3;

    private static final String HELP = """
            Usage:
              vectort backup  [--unencrypted] [--prune] [TARGET]   back up the database and blobs
              vectort backup  --check [TARGET[/FILE]]              restore the newest (or FILE) into a
                                                                   scratch database and compare row counts
              vectort restore [TARGET[/FILE]]                      restore the newest (or FILE) into an
                                                                   empty database; Vectort must be stopped
              vectort restore --check [TARGET[/FILE]]              same as backup --check
            TARGET is a directory or s3://bucket/prefix (default: VECTORT_BACKUP_TARGET). The key comes
            from VECTORT_BACKUP_KEY or VECTORT_BACKUP_KEY_FILE; docs/OPERATIONS.md, "Backup and restore".
            """;

    private BackupCommand() {}

    /** Property classes bound for the command, and nothing else of the application. */
    @EnableConfigurationProperties({DatabaseProperties.class, StorageProperties.class, BackupProperties.class})
    static class Context {}

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        List<String> springArgs = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        boolean check = false;
        boolean unencrypted = false;
        boolean prune = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--unencrypted" -> unencrypted = true;
                case "--prune" -> prune = true;
                case "--help", "-h" -> {
                    out.print(HELP);
                    return OK;
                }
                default -> {
                    if (args[i].startsWith("--") && args[i].contains("=")) {
                        springArgs.add(args[i]);
                    } else if (args[i].startsWith("-")) {
                        err.println("Unknown option " + args[i] + "\n" + HELP);
                        return USAGE;
                    } else {
                        positional.add(args[i]);
                    }
                }
            }
        }
        if (positional.size() > 1 || (command.equals("restore") && (unencrypted || prune))) {
            err.print(HELP);
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(springArgs.toArray(String[]::new))) {
            BackupProperties backup = context.getBean(BackupProperties.class);
            StorageProperties storage = context.getBean(StorageProperties.class);
            DatabaseProperties database = context.getBean(DatabaseProperties.class);
            String location = positional.isEmpty() ? backup.target() : positional.getFirst();
            BackupTargets.Location where = BackupTargets.parse(location, backup, storage);
            Optional<BackupKey> key = BackupKey.from(backup);
            var commands = new BackupCommands(out, database, storage, backup, where, key);
            if (check) {
                return commands.check();
            }
            if (command.equals("restore")) {
                return commands.restore();
            }
            if (key.isEmpty() && !unencrypted) {
                err.println(
                        "Refusing to write an unencrypted backup: set VECTORT_BACKUP_KEY or"
                                + " VECTORT_BACKUP_KEY_FILE (a passphrase kept away from this machine), or pass --unencrypted.");
                return USAGE;
            }
            return commands.backup(prune);
        } catch (BackupException | DatabaseInUseException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println(command + " failed: " + describe(e));
            return FAILED;
        }
    }

    /** The chain of causes, for a message an operator can act on without a stack trace. */
    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    static io.vectort.storage.BlobStore blobs(StorageProperties storage) {
        return BlobStores.open(storage);
    }
}
