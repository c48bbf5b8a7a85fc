package io.vectort.generation.run;

import io.vectort.generation.catalog.ChoiceReason;

/**
 * What a generation's {@code auto} fields resolved to, and why: the application type and the
 * framework, each chosen by the person, read from the description, kept from the project or the
 * default.
 */
record Resolution(String appType, ChoiceReason appTypeReason, String framework, ChoiceReason frameworkReason) {

    /** An automatic fix round builds what its version was. */
    static Resolution keptFrom(Generation cause) {
        return new Resolution(cause.appType(), ChoiceReason.KEPT, cause.framework(), ChoiceReason.KEPT);
    }
}
