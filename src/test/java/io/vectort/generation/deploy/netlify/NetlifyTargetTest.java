package io.vectort.generation.deploy.netlify;

import io.vectort.generation.deploy.DeployProperties;
import io.vectort.generation.deploy.DeployTarget;
import io.vectort.generation.deploy.DeployTargetContractTest;
import io.vectort.support.FakeHost;
import io.vectort.support.FakeNetlify;

class NetlifyTargetTest extends DeployTargetContractTest {

    @Override
    protected FakeHost host() {
        return FakeNetlify.HOST;
    }

    @Override
    protected DeployTarget target(DeployProperties properties) {
        return new NetlifyTarget(properties);
    }
}
