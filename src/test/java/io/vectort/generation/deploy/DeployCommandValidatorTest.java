package io.vectort.generation.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.project.Project;
import io.vectort.shared.DomainException;
import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeployCommandValidatorTest {

    private final DeployCommandValidator validator = new DeployCommandValidator();

    @Test
    void namesTheSiteAfterTheProjectWithAPieceOfItsId() {
        Project project = project("Café Crème: the Menu!");
        assertThat(DeployCommandValidator.defaultSiteName(project))
                .isEqualTo("cafe-creme-the-menu-" + project.id().toString().substring(0, 8));
        assertThat(DeployCommandValidator.defaultSiteName(project("???"))).startsWith("vectort-");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> validator.validate(
                        project("x"),
                        new DeployCommand(
                                Optional.of("heroku"),
                                Optional.of("has space"),
                                Optional.of("Bad_Name"),
                                Optional.of("http://insecure.example/repo"),
                                Optional.of("a..b"))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactlyInAnyOrder("platform", "token", "siteName", "repository", "branch"));
    }

    @Test
    void renderNeedsARepository() {
        assertThatThrownBy(() -> validator.validate(
                        project("x"),
                        new DeployCommand(
                                Optional.of("render"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("render-needs-repository"));
    }

    private static Project project(String name) {
        return new Project(UUID.randomUUID(), UUID.randomUUID(), name, "", 1, Instant.now(), Instant.now());
    }
}
