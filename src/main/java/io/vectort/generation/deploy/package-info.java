/**
 * Deployments of a version to a static host (Vercel, Netlify, Render): one {@link
 * io.vectort.generation.deploy.DeployTarget} per host in its own sub-package, a durable job that
 * uploads and then polls (as re-enqueued jobs, never a sleeping thread), and the deployment records
 * with their status history in the event log. Hides the hosts' wire formats and tokens.
 */
@NullMarked
package io.vectort.generation.deploy;

import org.jspecify.annotations.NullMarked;
