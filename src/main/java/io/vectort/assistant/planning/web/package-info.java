/** HTTP for daily planning: today's plan and the evening review, as JSON. */
@NullMarked
package io.vectort.assistant.planning.web;

import org.jspecify.annotations.NullMarked;
