package io.vectort.generation.protocol;

import java.util.Map;
import java.util.SortedMap;

// TEMPORARY STUB until the protocol branch is merged.
public final class ProjectFiles {
    public static SortedMap<String, String> apply(
            Map<String, String> base, ParsedOutput output, ProtocolLimits limits) {
        throw new UnsupportedOperationException();
    }
}
