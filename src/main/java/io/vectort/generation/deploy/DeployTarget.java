package io.vectort.generation.deploy;

/**
 * One host Vectort deploys to. Both calls fail with {@link DeployFailedException}, whose code says
 * what the user can do about it; a {@link DeployFailedException#retryable() retryable} one is tried
 * again by the job.
 */
public interface DeployTarget {

    Platform platform();

    /**
     * Hands the site to the host and returns as soon as the host has a deployment for it (it may
     * still be building). {@code checkpoint} is told the host's ids the moment they exist, so that a
     * job interrupted after that point polls the deployment instead of starting a second one.
     */
    ProviderDeployment start(DeployRequest request, Checkpoint checkpoint);

    /** Where the deployment stands now. */
    ProviderStatus poll(ProviderDeployment deployment, String token);

    /** Records the host's ids of a deployment before any further step can fail. */
    @FunctionalInterface
    interface Checkpoint {
        void created(ProviderDeployment deployment);
    }
}
