/** The Assistant's part of a user's data export: everything it keeps, which is all personal. */
@NullMarked
package io.vectort.assistant.privacy;

import org.jspecify.annotations.NullMarked;
