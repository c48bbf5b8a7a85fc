package io.vectort.generation.protocol;

import static io.vectort.generation.protocol.Parsing.violation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "index.html",
                "src/App.jsx",
                "src/components/Todo Item.jsx",
                ".gitignore",
                ".github/workflows/ci.yml",
                "public/.well-known/security.txt",
                "docs/Überblick.md",
                "src/日本語/ページ.tsx",
                "src/console.js",
                "src/CONTRIBUTING.md",
                "src/auxiliary.ts",
                "a/b~c/d.txt",
                "src/...spread.js",
                "x",
            })
    void acceptsRelativePathsOfPlainNames(String path) {
        assertThat(PathPolicy.requireSafe(path)).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                /etc/passwd            | absolute paths are not allowed
                \\\\server\\share      | absolute paths are not allowed
                src\\App.jsx           | backslashes are not allowed, separate directories with /
                C:/Windows/win.ini     | drive letters and ':' are not allowed
                src/a:b.js             | drive letters and ':' are not allowed
                ../etc/passwd          | parent-directory segments are not allowed
                src/../../x            | parent-directory segments are not allowed
                ./src/App.jsx          | '.' segments are not allowed
                src//App.jsx           | empty segments ('//') are not allowed
                src/                   | a trailing slash names a directory, not a file
                .git/config            | '.git' segments are not allowed
                sub/.git/hooks/pre-commit | '.git' segments are not allowed
                sub/.GIT/config        | '.git' segments are not allowed
                GIT~1/config           | '.git' segments are not allowed
                CON                    | 'CON' is a reserved device name on Windows
                src/nul.txt            | 'nul.txt' is a reserved device name on Windows
                src/com1.js            | 'com1.js' is a reserved device name on Windows
                lpt9/readme            | 'lpt9' is a reserved device name on Windows
                Aux.tar.gz             | 'Aux.tar.gz' is a reserved device name on Windows
                src/prn                | 'prn' is a reserved device name on Windows
                CON .txt               | 'CON .txt' is a reserved device name on Windows
                COM¹.js                | 'COM¹.js' is a reserved device name on Windows
                conout$                | 'conout$' is a reserved device name on Windows
                ~/.bashrc              | a leading '~' is not allowed
                src/file.              | a name ending with '.' or a space is not allowed
                """)
    void refusesUnsafePathsNamingTheRule(String path, String rule) {
        ProtocolViolationException e = violation(() -> PathPolicy.requireSafe(path));

        assertThat(e.code()).isEqualTo("unsafe_path");
        assertThat(e.getMessage()).isEqualTo("Unsafe path \"" + path + "\": " + rule);
    }

    @Test
    void refusesTheEmptyPath() {
        assertThat(violation(() -> PathPolicy.requireSafe("")).getMessage())
                .isEqualTo("Unsafe path \"\": the path is empty");
    }

    @Test
    void refusesANameEndingWithASpace() {
        assertThat(violation(() -> PathPolicy.requireSafe("src/App.jsx ")).getMessage())
                .endsWith("a name ending with '.' or a space is not allowed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "src/a\u0000.js",
                "src/a\n.js",
                "src/a\t.js",
                "a\u001b[31m.js",
                "a\u007f.js",
                "a\u202e.js",
                "a\u200b.js"
            })
    void refusesControlAndInvisibleCharactersShowingThemEscaped(String path) {
        ProtocolViolationException e = violation(() -> PathPolicy.requireSafe(path));

        assertThat(e.getMessage())
                .endsWith(": control and invisible formatting characters are not allowed")
                .containsPattern("\\\\u[0-9A-F]{4}");
    }

    @Test
    void acceptsTwoHundredFiftyFiveCharactersAndRefusesMore() {
        String longest = "a/".repeat(100) + "b".repeat(55);

        assertThat(PathPolicy.requireSafe(longest)).isEqualTo(longest);
        assertThat(violation(() -> PathPolicy.requireSafe(longest + "c")).getMessage())
                .endsWith(": paths are at most 255 characters long");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "🎉".repeat(255);

        assertThat(PathPolicy.requireSafe(emoji)).isEqualTo(emoji);
    }

    @Test
    void refusesBrokenUnicode() {
        assertThat(violation(() -> PathPolicy.requireSafe("a\uD83C.js")).getMessage())
                .isEqualTo("Unsafe path \"a\\uD83C.js\": it is not valid Unicode text");
    }
}
