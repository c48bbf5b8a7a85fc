/**
 * Plain-Java building blocks every module may use: identifiers, the error taxonomy and small
 * text rules. No Spring and no vendor types live here.
 */
@NullMarked
package io.vectort.shared;

import org.jspecify.annotations.NullMarked;
