package io.vectort.generation.deploy.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.deploy.DeployFailedException;
import io.vectort.generation.deploy.DeployProperties;
import io.vectort.generation.deploy.DeployRequest;
import io.vectort.generation.deploy.DeployTarget;
import io.vectort.generation.deploy.DeployTargetContractTest;
import io.vectort.support.FakeHost;
import io.vectort.support.FakeRender;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderTargetTest extends DeployTargetContractTest {

    @Override
    protected FakeHost host() {
        return FakeRender.HOST;
    }

    @Override
    protected DeployTarget target(DeployProperties properties) {
        return new RenderTarget(properties);
    }

    @Test
    void needsARepository() {
        DeployRequest base = request(host().token(FakeHost.Outcome.READY));
        DeployRequest without = new DeployRequest(
                base.token(), base.siteName(), Optional.empty(), base.files(), Optional.empty(), "main", false);
        assertThatThrownBy(() -> target().start(without, d -> {}))
                .isInstanceOfSatisfying(
                        DeployFailedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("render-needs-repository"));
    }
}
