/** The deployment API: start, list, follow, redeploy and roll back deployments of a version. */
@NullMarked
package io.vectort.generation.deploy.web;

import org.jspecify.annotations.NullMarked;
