package io.vectort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The maps of docs/ARCHITECTURE.md, enforced: dependencies point down, never into a feature, also
 * between the parts of {@code generation}; every package is on a map, and there is no cycle.
 */
class ArchitectureTest {

    /** Which other modules each module may use. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("shared", List.of()),
            Map.entry("database", List.of("shared")),
            Map.entry("jobs", List.of("shared")),
            Map.entry("events", List.of("shared")),
            Map.entry("redis", List.of("shared")),
            Map.entry("ratelimit", List.of("shared", "redis")),
            Map.entry("identity", List.of("shared", "database", "ratelimit", "jobs", "storage")),
            Map.entry("web", List.of("shared", "database", "identity")),
            Map.entry("providers", List.of("shared")),
            Map.entry("storage", List.of("shared")),
            // Backs up what the database and storage modules hold; the scheduled backup is a recurring job.
            Map.entry("backup", List.of("shared", "database", "storage", "jobs")),
            // Reads only the log context and the current request: no module's types.
            Map.entry("errortracking", List.of()),
            // Switches Spring Boot's tracing on or off; spans are made through Micrometer's API.
            Map.entry("tracing", List.of()),
            Map.entry("billing", List.of("shared", "database", "identity", "ratelimit", "jobs")),
            Map.entry("cache", List.of("shared", "identity", "redis", "jobs")),
            Map.entry(
                    "assistant",
                    List.of("shared", "database", "identity", "jobs", "events", "providers", "billing", "console")),
            Map.entry("gateway", List.of("shared", "database", "identity", "providers", "billing", "cache")),
            // The admin console reads the lower modules' public APIs; features feed it through its SPI.
            Map.entry("console", List.of("shared", "identity", "billing", "providers", "jobs", "redis")),
            Map.entry(
                    "generation",
                    List.of(
                            "shared",
                            "database",
                            "identity",
                            "jobs",
                            "events",
                            "providers",
                            "billing",
                            "ratelimit",
                            "cache",
                            "storage",
                            "console")));

    /** Which other parts of {@code generation} each of its sub-packages may use. */
    private static final Map<String, List<String>> GENERATION_PARTS = Map.ofEntries(
            Map.entry("catalog", List.of()),
            Map.entry("generator", List.of()),
            Map.entry("protocol", List.of()),
            Map.entry("project", List.of()),
            Map.entry("github", List.of()),
            Map.entry("insights", List.of()),
            Map.entry("version", List.of("project")),
            Map.entry("progress", List.of("protocol")),
            Map.entry("connections", List.of("github")),
            Map.entry("starter", List.of("catalog", "generator", "protocol")),
            Map.entry("llm", List.of("catalog", "generator")),
            Map.entry("run", List.of("catalog", "generator", "progress", "project", "protocol", "version")),
            Map.entry("privacy", List.of("version")),
            Map.entry("verify", List.of("generator", "project", "run", "version")),
            Map.entry("preview", List.of("verify", "version")),
            Map.entry("hosting", List.of("preview", "project", "version")),
            Map.entry("push", List.of("connections", "github", "project", "version")),
            Map.entry("deploy", List.of("connections", "preview", "project", "version")),
            Map.entry(
                    "web",
                    List.of("catalog", "generator", "hosting", "preview", "progress", "project", "run", "version")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.vectort");
    }

    @TestFactory
    List<DynamicTest> eachModuleUsesOnlyTheModulesBelowIt() {
        return rules("io.vectort.", ALLOWED);
    }

    @TestFactory
    List<DynamicTest> eachPartOfGenerationUsesOnlyThePartsBelowIt() {
        return rules("io.vectort.generation.", GENERATION_PARTS);
    }

    private static List<DynamicTest> rules(String prefix, Map<String, List<String>> allowed) {
        return allowed.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    List<String> forbidden = allowed.keySet().stream()
                            .filter(other -> !other.equals(entry.getKey())
                                    && !entry.getValue().contains(other))
                            .map(other -> prefix + other + "..")
                            .toList();
                    noClasses()
                            .that()
                            .resideInAPackage(prefix + entry.getKey() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden.toArray(String[]::new))
                            .check(classes);
                }))
                .toList();
    }

    @Test
    void everyModuleAndEveryPartOfGenerationIsOnTheMap() {
        assertThat(subPackages("io.vectort."))
                .as("modules missing from ALLOWED")
                .isSubsetOf(ALLOWED.keySet());
        assertThat(subPackages("io.vectort.generation."))
                .as("parts of generation missing from GENERATION_PARTS")
                .isSubsetOf(GENERATION_PARTS.keySet());
    }

    @Test
    void modulesAndPartsOfGenerationFormNoCycle() {
        slices().matching("io.vectort.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("io.vectort.generation.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theArchitecturePageShowsTheseMaps() throws IOException {
        String page = Files.readString(Path.of("docs/ARCHITECTURE.md"));
        assertThat(table(page, "## Modules")).isEqualTo(ALLOWED);
        assertThat(table(page, "## Inside `generation`")).isEqualTo(GENERATION_PARTS);
    }

    /** The first table after {@code heading}: rows of {@code | `name` | `a`, `b` |} or {@code —}. */
    private static Map<String, List<String>> table(String page, String heading) {
        Map<String, List<String>> rows = new TreeMap<>();
        String section = page.substring(page.indexOf(heading) + heading.length());
        section = section.substring(0, section.contains("\n## ") ? section.indexOf("\n## ") : section.length());
        Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)` \\| (.*) \\|$").matcher(section);
        while (row.find()) {
            Matcher name = Pattern.compile("`([a-z]+)`").matcher(row.group(2));
            List<String> uses = new ArrayList<>();
            while (name.find()) {
                uses.add(name.group(1));
            }
            rows.put(row.group(1), uses);
        }
        return rows;
    }

    /** The first segment below {@code prefix} of every production class's package. */
    private static Set<String> subPackages(String prefix) {
        return classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sharedIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("io.vectort.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void controllersLiveInWebPackages() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAPackage("..web..");
        rule.check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields()
                .should()
                .beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
                .check(classes);
    }

    @Test
    void noImplSuffixesOrManagers() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .check(classes);
    }

    @Test
    void jobEngineTypesStayInsideTheJobsModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.vectort.jobs..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.kagkarlsson..")
                .check(classes);
    }

    @Test
    void bundledPostgresStaysInsideTheDatabaseModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.vectort.database..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.zonky..")
                .check(classes);
    }
}
