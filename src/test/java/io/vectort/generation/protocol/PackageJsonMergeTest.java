package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dependencies declared by an output, merged into the resulting project's package.json. */
class PackageJsonMergeTest {

    private static final String PACKAGE_JSON = """
            {
              "name": "todo",
              "private": true,
              "scripts": {
                "dev": "vite"
              },
              "dependencies": {
                "react": "^19.1.0"
              },
              "devDependencies": {
                "vite": "^7.0.0"
              }
            }
            """;

    private static String merged(String packageJson, Dependency... dependencies) {
        ParsedOutput output = new ParsedOutput(List.of(), List.of(dependencies), Optional.empty());
        return ProjectFiles.apply(Map.of("package.json", packageJson), output, ProtocolLimits.DEFAULTS)
                .get("package.json");
    }

    @Test
    void addsMissingDependenciesAndDevDependenciesKeepingTheLayoutAndKeyOrder() {
        String result = merged(
                PACKAGE_JSON,
                new Dependency("@tanstack/react-query", "^5.62.0", false),
                new Dependency("zod", "latest", false),
                new Dependency("@types/react", "^19.0.0", true));

        assertThat(result).isEqualTo("""
                        {
                          "name": "todo",
                          "private": true,
                          "scripts": {
                            "dev": "vite"
                          },
                          "dependencies": {
                            "react": "^19.1.0",
                            "@tanstack/react-query": "^5.62.0",
                            "zod": "latest"
                          },
                          "devDependencies": {
                            "vite": "^7.0.0",
                            "@types/react": "^19.0.0"
                          }
                        }
                        """);
    }

    @Test
    void neverReplacesOrMovesAnEntryThatIsAlreadyThere() {
        String result = merged(
                PACKAGE_JSON,
                new Dependency("react", "^18.0.0", false),
                new Dependency("react", "^20.0.0", true),
                new Dependency("vite", "^8.0.0", false));

        assertThat(result).isEqualTo(PACKAGE_JSON);
    }

    @Test
    void keepsTheFirstRangeWhenAPackageIsDeclaredTwice() {
        String result = merged("{}", new Dependency("zod", "^4.0.0", false), new Dependency("zod", "^3.0.0", false));

        assertThat(result).isEqualTo("{\n  \"dependencies\": {\n    \"zod\": \"^4.0.0\"\n  }\n}\n");
    }

    @Test
    void createsMissingSectionsAtTheEnd() {
        String result = merged(
                "{\"name\":\"x\",\"files\":[\"dist\"],\"config\":{}}",
                new Dependency("vitest", "^3.0.0", true),
                new Dependency("react", "^19.1.0", false));

        assertThat(result).isEqualTo("""
                        {
                          "name": "x",
                          "files": [
                            "dist"
                          ],
                          "config": {},
                          "devDependencies": {
                            "vitest": "^3.0.0"
                          },
                          "dependencies": {
                            "react": "^19.1.0"
                          }
                        }
                        """);
    }

    @Test
    void leavesProjectsWithoutPackageJsonAlone() {
        ParsedOutput output =
                new ParsedOutput(List.of(), List.of(new Dependency("react", "^19.1.0", false)), Optional.empty());

        assertThat(ProjectFiles.apply(Map.of("index.html", "<p></p>\n"), output, ProtocolLimits.DEFAULTS))
                .containsOnlyKeys("index.html");
    }

    @Test
    void mergesIntoAPackageJsonWrittenByTheSameOutput() {
        ParsedOutput output = new ParsedOutput(
                List.of(new FileOperation.WriteFile("package.json", "{ \"name\": \"new\" }\n")),
                List.of(new Dependency("react", "^19.1.0", false)),
                Optional.empty());

        assertThat(ProjectFiles.apply(Map.of(), output, ProtocolLimits.DEFAULTS))
                .containsEntry(
                        "package.json",
                        "{\n  \"name\": \"new\",\n  \"dependencies\": {\n    \"react\": \"^19.1.0\"\n  }\n}\n");
    }

    @Test
    void refusesAPackageJsonThatIsNotJson() {
        ProtocolViolationException e = violation(() -> merged("{ \"name\": ", new Dependency("zod", "latest", false)));

        assertThat(e.code()).isEqualTo("malformed_output");
        assertThat(e.getMessage()).startsWith("package.json is not valid JSON, so dependencies cannot be added to it");
    }

    @Test
    void refusesAPackageJsonWhoseDependenciesAreNotAnObject() {
        ProtocolViolationException e =
                violation(() -> merged("{\"dependencies\": []}", new Dependency("zod", "latest", false)));

        assertThat(e.getMessage())
                .isEqualTo(
                        "package.json has a \"dependencies\" that is not an object, so dependencies cannot be added to it");
    }

    @Test
    void refusesAPackageJsonThatIsNotAnObject() {
        assertThat(violation(() -> merged("[]", new Dependency("zod", "latest", false)))
                        .code())
                .isEqualTo("malformed_output");
    }
}
