package io.vectort.generation.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewPlanTest {

    @Test
    void buildsViteProjectsWithOnlyAllowListedPlugins() {
        PreviewPlan plan = PreviewPlan.of(Map.of("index.html", "<div id=root></div>", "package.json", """
                {"dependencies":{"react":"^19.0.0"},
                 "devDependencies":{"vite":"^8.3.0","@vitejs/plugin-react":"^6.0.0","vite-plugin-evil":"1.0.0"}}
                """));
        assertThat(plan.kind()).isEqualTo("vite");
        assertThat(plan.vitePlugins()).containsExactly("@vitejs/plugin-react");
    }

    @Test
    void servesPlainPagesAsTheyAre() {
        assertThat(PreviewPlan.of(Map.of("index.html", "<h1>hi</h1>", "app.js", ""))
                        .kind())
                .isEqualTo("static");
    }

    @Test
    void explainsWhyAnApiHasNoPreview() {
        PreviewPlan plan = PreviewPlan.of(Map.of("package.json", "{\"dependencies\":{\"express\":\"^5.1.0\"}}"));
        assertThat(plan.kind()).isEqualTo("none");
        assertThat(plan.reason()).contains("npm start");
    }

    @Test
    void explainsWhenThereIsNoPageAtAll() {
        assertThat(PreviewPlan.of(Map.of("README.md", "# hi")).reason()).contains("no index.html");
        assertThat(PreviewPlan.of(Map.of("package.json", "{not json", "index.html", ""))
                        .kind())
                .isEqualTo("none");
    }

    @Test
    void writesABuildConfigThatImportsNothingButTheAllowedPlugins() {
        String config = ViteBuild.config(List.of("@vitejs/plugin-vue"));
        assertThat(config)
                .contains("import plugin0 from '@vitejs/plugin-vue';")
                .contains("plugins: [plugin0()]")
                .contains("css: { postcss: {} }")
                .doesNotContain("vite.config");
    }

    @Test
    void identicalFilesShareAContentHashAndAnyChangeAltersIt() {
        String a = PreviewBuilds.contentHash(Map.of("a.txt", "x", "b.txt", "y"));
        assertThat(PreviewBuilds.contentHash(Map.of("b.txt", "y", "a.txt", "x")))
                .isEqualTo(a);
        assertThat(PreviewBuilds.contentHash(Map.of("a.txt", "x", "b.txt", "z")))
                .isNotEqualTo(a);
        assertThat(PreviewBuilds.contentHash(Map.of("a.txtb", ".txt", "x", "y")))
                .isNotEqualTo(a);
    }
}
