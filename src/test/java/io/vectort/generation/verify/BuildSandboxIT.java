package io.vectort.generation.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.support.Generations;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * The sandbox of verified builds, with real processes: what a project's build script can reach
 * and what stops it. Each check runs a package.json whose scripts are plain Node, so no registry
 * is needed.
 */
class BuildSandboxIT {

    @TempDir
    static Path data;

    private static Path secret;

    @BeforeAll
    static void secrets() throws IOException {
        assumeTrue(Generations.npmAvailable(), "npm is not installed");
        secret = Files.writeString(data.resolve("master.key"), "top-secret-key");
    }

    private static SandboxedBuild sandboxed(Duration timeout, DataSize memory, DataSize disk) {
        BuildProperties properties = new BuildProperties(
                true, null, "npm", "", timeout, Duration.ofMinutes(2), memory, disk, "namespaces", List.of(), 2);
        MockEnvironment environment = new MockEnvironment().withProperty("vectort.database.data-dir", data.toString());
        BuildSandbox sandbox = new BuildSandbox(properties, environment);
        assertThat(sandbox.unavailable())
                .as("the sandbox must work on this machine")
                .isEmpty();
        return new SandboxedBuild(sandbox, properties);
    }

    private static Map<String, String> project(String build) {
        return Map.of(
                "package.json",
                "{\"name\":\"probe\",\"private\":true,\"scripts\":{\"build\":\"node probe.cjs\"}}",
                "probe.cjs",
                build);
    }

    @Test
    void aBuildSeesNeitherTheServersFilesNorItsProcessesNorTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            String probe = """
                    const fs = require('fs'); const net = require('net');
                    const tryRead = (p) => { try { return fs.readFileSync(p, 'utf8').length > 0 ? 'READ' : 'EMPTY'; } catch (e) { return e.code; } };
                    console.log('secret:', tryRead(%s));
                    console.log('server-cwd:', tryRead(%s));
                    console.log('processes:', fs.readdirSync('/proc').filter(n => /^\\d+$/.test(n)).length);
                    console.log('server-environ:', tryRead('/proc/%d/environ'));
                    console.log('own-files:', tryRead('package.json'));
                    fs.writeFileSync('/tmp/scratch.txt', 'x'); console.log('tmp:', tryRead('/tmp/scratch.txt'));
                    const socket = net.connect(%d, '127.0.0.1');
                    socket.on('connect', () => { console.log('network: CONNECTED'); process.exit(0); });
                    socket.on('error', (e) => { console.log('network:', e.code); process.exit(0); });
                    """.formatted(
                            quoted(secret.toString()),
                            quoted(Path.of("pom.xml").toAbsolutePath().toString()),
                            ProcessHandle.current().pid(),
                            server.getLocalPort());
            BuildOutcome outcome = sandboxed(Duration.ofMinutes(2), DataSize.ofGigabytes(1), DataSize.ofMegabytes(256))
                    .run(project(probe), List.of("npm", "run", "build"));

            assertThat(outcome.passed()).as(outcome.log()).isTrue();
            assertThat(outcome.log())
                    .contains("$ npm install --ignore-scripts --no-package-lock")
                    .contains("$ npm run build")
                    .contains("secret: ENOENT")
                    .contains("server-cwd: ENOENT")
                    .contains("server-environ: ENOENT")
                    .contains("own-files: READ")
                    .contains("tmp: READ")
                    .containsPattern("network: (ECONNREFUSED|ENETUNREACH|EHOSTUNREACH)")
                    .doesNotContain("top-secret-key");
            int processes = Integer.parseInt(outcome.log()
                    .lines()
                    .filter(l -> l.startsWith("processes:"))
                    .findFirst()
                    .orElseThrow()
                    .substring(11)
                    .strip());
            assertThat(processes).as("only the sandbox's own processes").isLessThan(10);
        }
        assertThat(Files.readString(secret)).isEqualTo("top-secret-key");
    }

    @Test
    void aFailingBuildReportsItsErrorAndExitCode() throws Exception {
        BuildOutcome outcome = sandboxed(Duration.ofMinutes(2), DataSize.ofGigabytes(1), DataSize.ofMegabytes(64))
                .run(
                        project("console.error('Error: cannot find ./Missing'); process.exit(3);"),
                        List.of("npm", "run", "build"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.summary()).isEqualTo("Error: cannot find ./Missing");
        assertThat(outcome.log()).contains("Error: cannot find ./Missing");
    }

    @Test
    void theDiskIsBounded() throws Exception {
        BuildOutcome outcome = sandboxed(Duration.ofMinutes(2), DataSize.ofGigabytes(1), DataSize.ofMegabytes(32))
                .run(project("""
                                const fs = require('fs'); const chunk = Buffer.alloc(1024 * 1024, 1);
                                const fd = fs.openSync('big.bin', 'w');
                                for (let i = 0; i < 64; i++) { fs.writeSync(fd, chunk); }
                                console.log('wrote 64 MB');
                                """), List.of("npm", "run", "build"));
        assertThat(outcome.passed()).as(outcome.log()).isFalse();
        assertThat(outcome.log()).doesNotContain("wrote 64 MB").containsPattern("ENOSPC|EFBIG|File size limit");
    }

    @Test
    void memoryIsBounded() throws Exception {
        BuildOutcome outcome = sandboxed(Duration.ofMinutes(2), DataSize.ofMegabytes(512), DataSize.ofMegabytes(64))
                .run(project("""
                                const kept = [];
                                for (let i = 0; i < 64; i++) { kept.push(Buffer.alloc(32 * 1024 * 1024, 1)); }
                                console.log('held 2 GB');
                                """), List.of("npm", "run", "build"));
        assertThat(outcome.passed()).as(outcome.log()).isFalse();
        assertThat(outcome.log()).doesNotContain("held 2 GB");
    }

    @Test
    void aBuildThatTakesTooLongIsStoppedWithEverythingItStarted() throws Exception {
        String marker = "vectort-sleeper-" + ProcessHandle.current().pid();
        BuildOutcome outcome = sandboxed(Duration.ofSeconds(8), DataSize.ofGigabytes(1), DataSize.ofMegabytes(64))
                .run(
                        project("require('child_process').spawn('sh', ['-c', 'exec -a " + marker
                                + " sleep 600'], {stdio: 'inherit'}); setInterval(() => {}, 1000);"),
                        List.of("npm", "run", "build"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.summary()).startsWith("took longer than");
        Thread.sleep(500);
        assertThat(ProcessHandle.allProcesses()
                        .map(p -> p.info().commandLine().orElse(""))
                        .filter(c -> c.contains(marker)))
                .as("nothing the build started survives it")
                .isEmpty();
    }

    private static String quoted(String path) {
        return "'" + path.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
