/**
 * The functions the agent's model may call: each a typed record of validated arguments, a JSON
 * schema the model sees, and a result the model reads back — always for the one user whose turn it
 * is ({@link io.vectort.assistant.agent.tools.ToolScope}).
 */
@NullMarked
package io.vectort.assistant.agent.tools;

import org.jspecify.annotations.NullMarked;
