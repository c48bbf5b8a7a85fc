package io.vectort.generation.starter.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The template texts come from the classpath, as they do in the packaged jar. */
class TemplateTextsTest {

    @Test
    void readsATemplateFromTheClasspathAsUtf8() {
        String readme = TemplateTexts.get("shared/README.md");

        assertThat(readme).startsWith("# «name»\n").contains("«what»");
    }

    @Test
    void readsEachTemplateOnce() {
        assertThat(TemplateTexts.get("shared/styles/base.css")).isSameAs(TemplateTexts.get("shared/styles/base.css"));
    }

    @Test
    void namesTheMissingResource() {
        assertThatThrownBy(() -> TemplateTexts.get("shared/missing.js"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("starter template not on the classpath: starters/shared/missing.js");
    }

    @Test
    void fillsTheSlotsOfALoadedTemplate() {
        String css = Template.load("shared/styles/base.css")
                .with("accent", "#0f766e")
                .with("dark", "")
                .render();

        assertThat(css).contains("--accent: #0f766e;").doesNotContain("«");
    }
}
