/**
 * What the Builder reports to the admin console: finished generations (by framework, type,
 * outcome) and deployments, summed per day from the Builder's own tables.
 */
@NullMarked
package io.vectort.generation.insights;

import org.jspecify.annotations.NullMarked;
