package io.vectort.generation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalImportsTest {

    private final Map<String, String> files = Map.of(
            "index.html",
            "<link rel=\"stylesheet\" href=\"styles.css\"><script src=\"app.js\"></script>"
                    + "<a href=\"https://example.com\">x</a><script src=\"missing.js\"></script>",
            "styles.css",
            "",
            "app.js",
            "",
            "src/main.jsx",
            "import React from 'react';\nimport App from './App';\nimport './index.css';\n",
            "src/App.jsx",
            "const data = require(\"../data/seed.js\");\nconst Lazy = import('./views/Lazy.vue');\n",
            "src/index.css",
            "",
            "src/views/Lazy.vue",
            "",
            "data/seed.js",
            "");

    @Test
    void aPageUsesItsScriptsAndStylesheetsNotOutsideLinks() {
        assertThat(LocalImports.of("index.html", files)).containsExactly("styles.css", "app.js");
    }

    @Test
    void scriptsUseRelativeImportsWithOrWithoutExtensionNotPackages() {
        assertThat(LocalImports.of("src/main.jsx", files)).containsExactly("src/App.jsx", "src/index.css");
        assertThat(LocalImports.of("src/App.jsx", files)).containsExactly("data/seed.js", "src/views/Lazy.vue");
    }
}
