package io.vectort.generation.run;

import java.util.Optional;

/** A request to generate, as received (not yet validated). */
public record GenerateCommand(
        Optional<String> description,
        Optional<String> framework,
        Optional<String> appType,
        Optional<String> model,
        boolean forceRegenerate) {}
