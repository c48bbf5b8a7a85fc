package io.vectort.generation.deploy.vercel;

import io.vectort.generation.deploy.DeployProperties;
import io.vectort.generation.deploy.DeployTarget;
import io.vectort.generation.deploy.DeployTargetContractTest;
import io.vectort.support.FakeHost;
import io.vectort.support.FakeVercel;

class VercelTargetTest extends DeployTargetContractTest {

    @Override
    protected FakeHost host() {
        return FakeVercel.HOST;
    }

    @Override
    protected DeployTarget target(DeployProperties properties) {
        return new VercelTarget(properties);
    }
}
