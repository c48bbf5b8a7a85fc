/** HTTP face of pushes: start one (202), follow it over SSE, read a project's push history. */
@NullMarked
package io.vectort.generation.push.web;

import org.jspecify.annotations.NullMarked;
