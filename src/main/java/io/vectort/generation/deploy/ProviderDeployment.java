package io.vectort.generation.deploy;

import java.util.Optional;

/**
 * A deployment as the host knows it.
 *
 * @param siteId the host's id of the site (Vercel project name, Netlify site id, Render service id)
 * @param deploymentId the host's id of this deployment
 * @param url where the site will be, when the host says so up front
 */
public record ProviderDeployment(String siteId, String deploymentId, Optional<String> url) {}
