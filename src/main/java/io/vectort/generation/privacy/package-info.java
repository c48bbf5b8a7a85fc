/**
 * The Builder's part of a user's data export: their personal organisation's projects in full,
 * and what they asked for in team organisations.
 */
@NullMarked
package io.vectort.generation.privacy;

import org.jspecify.annotations.NullMarked;
