package io.vectort.generation.protocol;

import java.util.List;
import java.util.Optional;

// TEMPORARY STUB until the protocol branch is merged.
public record ParsedOutput(List<FileOperation> operations, List<Dependency> dependencies, Optional<String> summary) {}
