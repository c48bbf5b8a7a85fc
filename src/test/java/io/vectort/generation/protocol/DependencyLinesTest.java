package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyLinesTest {

    @Test
    void readsNamesRangesScopesAndDevPrefixes() {
        String block = "react@^19.1.0\n  dev:vite@^7.0.0  \nzod\n\n@tanstack/react-query@^5.62.0\n"
                + "dev:@types/react@>=19.0.0 <20\r\nlodash@latest\n";

        assertThat(DependencyLines.parse(block))
                .containsExactly(
                        new Dependency("react", "^19.1.0", false),
                        new Dependency("vite", "^7.0.0", true),
                        new Dependency("zod", "latest", false),
                        new Dependency("@tanstack/react-query", "^5.62.0", false),
                        new Dependency("@types/react", ">=19.0.0 <20", true),
                        new Dependency("lodash", "latest", false));
    }

    @Test
    void readsAScopedPackageWithoutRange() {
        assertThat(DependencyLines.parse("dev:@vitejs/plugin-react\n"))
                .containsExactly(new Dependency("@vitejs/plugin-react", "latest", true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "react@",
                "react@file:../../etc",
                "pkg@https://evil.example/pkg.tgz",
                "pkg@github:user/repo",
                "alias@npm:react@19",
                "react@^19; rm -rf /",
                "@scope",
                "@/name",
                ".hidden",
                "two words",
                "react@\"1\"",
            })
    void refusesLinesThatAreNotAPackageAndASemverRangeOrTag(String line) {
        assertThat(violation(() -> DependencyLines.parse(line)).code()).isEqualTo("malformed_output");
    }
}
