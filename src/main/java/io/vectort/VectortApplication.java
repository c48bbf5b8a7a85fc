package io.vectort;

import io.vectort.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vectort: one process that serves the Builder, the Gateway and the Assistant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VectortApplication {

    public static void main(String[] args) {
        if (args.length > 0 && BackupCommand.COMMANDS.contains(args[0])) {
            // A command, not the server: it exits with its own status once done.
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(VectortApplication.class, args);
    }
}
