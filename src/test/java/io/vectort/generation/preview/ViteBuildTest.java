package io.vectort.generation.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViteBuildTest {

    @Test
    void aBuildSeesNoneOfTheServersSecretsOnlyWhatNpmNeeds() {
        Map<String, String> server = Map.of(
                "PATH", "/usr/bin",
                "HOME", "/home/vectort",
                "HTTPS_PROXY", "http://proxy:3128",
                "npm_config_registry", "https://registry.example/",
                "VECTORT_DATABASE_PASSWORD", "secret",
                "VECTORT_MASTER_KEY", "key",
                "OPENAI_API_KEY", "sk-1",
                "AWS_SECRET_ACCESS_KEY", "aws",
                "SENTRY_DSN", "https://k@sentry");

        Map<String, String> build = ViteBuild.environment(server, Path.of("/cache/npm"));

        assertThat(build)
                .containsEntry("PATH", "/usr/bin")
                .containsEntry("HOME", "/home/vectort")
                .containsEntry("HTTPS_PROXY", "http://proxy:3128")
                .containsEntry("npm_config_registry", "https://registry.example/")
                .containsEntry("npm_config_cache", "/cache/npm")
                .containsEntry("CI", "1")
                .doesNotContainKeys(
                        "VECTORT_DATABASE_PASSWORD",
                        "VECTORT_MASTER_KEY",
                        "OPENAI_API_KEY",
                        "AWS_SECRET_ACCESS_KEY",
                        "SENTRY_DSN");
        assertThat(build.values()).doesNotContain("secret", "key", "sk-1", "aws");
    }
}
