package io.vectort.generation.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushRequestsTest {

    private static StartPush github(String repository) {
        return new StartPush(
                Optional.empty(), Optional.of(repository), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    private static List<String> fields(StartPush request) {
        try {
            PushRequests.validate(request);
            return List.of();
        } catch (InvalidRequestException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }

    @Test
    void acceptsARepositoryOrAUrlButNotBothNorNeither() {
        assertThatNoException().isThrownBy(() -> PushRequests.validate(github("octo-cat/my.app_1")));
        StartPush both = new StartPush(
                Optional.of("https://x/y.git"),
                Optional.of("o/r"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false);
        assertThat(fields(both)).contains("remoteUrl");
        StartPush neither = new StartPush(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
        assertThat(fields(neither)).contains("remoteUrl");
    }

    @Test
    void refusesMalformedNamesBranchesAndTokens() {
        assertThat(fields(github("no-slash"))).containsExactly("githubRepository");
        assertThat(fields(github("-bad/name"))).containsExactly("githubRepository");
        assertThat(fields(github("o/../x"))).containsExactly("githubRepository");
        StartPush branch = new StartPush(
                Optional.empty(),
                Optional.of("o/r"),
                Optional.of("a..b"),
                Optional.of("two words"),
                Optional.empty(),
                false);
        assertThat(fields(branch)).containsExactlyInAnyOrder("branch", "token");
        StartPush pullRequestToUrl = new StartPush(
                Optional.of("https://git.example.com/a.git"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true);
        assertThat(fields(pullRequestToUrl)).containsExactly("pullRequest");
    }

    @Test
    void aNewRepositoryNeedsAGitHubName() {
        StartPush create = new StartPush(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new StartPush.NewRepository("my app", true, Optional.empty())),
                false);
        assertThatThrownBy(() -> PushRequests.validate(create))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("createRepository.name");
    }
}
