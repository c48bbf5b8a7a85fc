package io.vectort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The module map of ARCHITECTURE.md, enforced: dependencies point down, never into a feature. */
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

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.vectort");
    }

    @TestFactory
    List<DynamicTest> eachModuleUsesOnlyTheModulesBelowIt() {
        return ALLOWED.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    List<String> forbidden = ALLOWED.keySet().stream()
                            .filter(other -> !other.equals(entry.getKey())
                                    && !entry.getValue().contains(other))
                            .map(other -> "io.vectort." + other + "..")
                            .toList();
                    noClasses()
                            .that()
                            .resideInAPackage("io.vectort." + entry.getKey() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden.toArray(String[]::new))
                            .check(classes);
                }))
                .toList();
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
