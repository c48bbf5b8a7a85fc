package io.vectort.generation.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildPlanTest {

    @Test
    void aProjectWithABuildScriptIsInstalledAndBuilt() {
        BuildPlan plan = BuildPlan.of(
                Map.of(
                        "package.json",
                        "{\"scripts\":{\"build\":\"vite build\",\"test\":\"vitest\"},\"devDependencies\":{\"vite\":\"^5.4.0\"}}"));
        assertThat(plan.command()).containsExactly("npm", "run", "build");
        assertThat(plan.problem()).isEmpty();
        assertThat(plan.nothingToCheck()).isFalse();
    }

    @Test
    void anApiWithOnlyTestsIsInstalledAndTested() {
        BuildPlan plan = BuildPlan.of(Map.of("package.json", "{\"scripts\":{\"test\":\"node --test\"}}"));
        assertThat(plan.commandLine()).isEqualTo("npm test");
    }

    @Test
    void aPageWithoutAManifestOrScriptsHasNothingToCheck() {
        assertThat(BuildPlan.of(Map.of("index.html", "<h1>Hi</h1>")).nothingToCheck())
                .isTrue();
        assertThat(BuildPlan.of(Map.of("package.json", "{\"name\":\"x\"}")).nothingToCheck())
                .isTrue();
    }

    @Test
    void anInvalidManifestFailsWithoutRunningAnything() {
        BuildPlan plan = BuildPlan.of(Map.of("package.json", "{\"scripts\": {"));
        assertThat(plan.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("package.json is not valid JSON"));
        assertThat(BuildPlan.of(Map.of("package.json", "[1]")).problem()).isPresent();
    }

    @Test
    void dependenciesFromOutsideTheRegistryAreRefusedByName() {
        BuildPlan plan = BuildPlan.of(Map.of("package.json", """
                {"scripts":{"build":"vite build"},
                 "dependencies":{"react":"^18.3.1","evil":"https://10.0.0.1/x.tgz","local":"file:../secret",
                   "gh":"someone/repo","git":"git+ssh://git@host/r.git","alias":"npm:@scope/pkg@^1.0.0",
                   "tag":"latest","range":">=1.2.0 <2 || 3.x"},
                 "devDependencies":{"vite":"~5.4"}}"""));
        assertThat(plan.problem()).isPresent();
        String problem = plan.problem().orElseThrow();
        assertThat(problem)
                .contains(
                        "evil (https://10.0.0.1/x.tgz)", "local (file:../secret)", "gh (someone/repo)", "git (git+ssh");
        assertThat(problem).doesNotContain("react", "alias", "tag (", "range (", "vite");
    }

    @Test
    void shellLinesQuoteOnlyWhatNeedsIt() {
        assertThat(BuildSandbox.shellLine(List.of("npm", "run", "build"))).isEqualTo("npm run build");
        assertThat(BuildSandbox.shellLine(List.of("/opt/my npm/npm", "it's")))
                .isEqualTo("'/opt/my npm/npm' 'it'\\''s'");
    }

    @Test
    void theSummaryIsTheLastLineThatSaysWhatWentWrong() {
        String log = """
                $ npm run build
                vite v5.4.21 building for production...
                [vite]: Rollup failed to resolve import "./Missing" from "src/App.jsx".
                npm error command failed
                npm error A complete log of this run can be found in: /x
                """;
        assertThat(SandboxedBuild.summary(log, 1)).startsWith("[vite]: Rollup failed to resolve import");
        assertThat(SandboxedBuild.summary("nothing useful", 2)).isEqualTo("exited with code 2");
    }

    @Test
    void anInstallThatCannotReachTheRegistryIsInconclusiveNotAFailure() {
        String offline = "$ npm install --ignore-scripts\nnpm error code EAI_AGAIN\nnpm error request to"
                + " https://registry.npmjs.org/vite failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n";
        assertThat(SandboxedBuild.registryUnreachable(offline)).isTrue();
        String wrongVersion = "$ npm install --ignore-scripts\nnpm error code ETARGET\n"
                + "npm error notarget No matching version found for vue@^4.1.0.\n";
        assertThat(SandboxedBuild.registryUnreachable(wrongVersion)).isFalse();
        String testsWithoutNetwork =
                "$ npm install\nadded 60 packages\n$ npm test\nError: connect ECONNREFUSED 127.0.0.1:80\n";
        assertThat(SandboxedBuild.registryUnreachable(testsWithoutNetwork)).isFalse();
    }

    @Test
    void theFixPromptCarriesTheLogAndTheFilesItNames() {
        String prompt = FixPrompt.of(
                "npm run build",
                "x\n".repeat(5000) + "error: Failed to resolve import \"./Missing\" from \"src/App.jsx\"",
                Map.of("src/App.jsx", "", "src/main.jsx", "", "package.json", "{}"),
                1,
                2);
        assertThat(prompt)
                .startsWith("Automatic fix, round 1 of 2")
                .contains("Failed to resolve import \"./Missing\"")
                .contains("Files named in the output: package.json, src/App.jsx");
        assertThat(prompt).doesNotContain("src/main.jsx");
        assertThat(prompt.length()).isLessThan(FixPrompt.LOG_CHARS + 1_000);
    }
}
