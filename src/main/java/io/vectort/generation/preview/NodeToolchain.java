package io.vectort.generation.preview;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Whether this node can build previews at all: npm must be runnable. Checked once, lazily. */
@Component
class NodeToolchain {

    private final String npm;
    private volatile Boolean available;

    NodeToolchain(PreviewProperties properties) {
        this.npm = properties.npm();
    }

    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private boolean probe() {
        try {
            Process process = new ProcessBuilder(npm, "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
