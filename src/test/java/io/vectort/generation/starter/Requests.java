package io.vectort.generation.starter;

import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link CodeRequest}s for the starter's tests: {@code aRequest("...").framework("vue").build()}. */
final class Requests {

    private final String description;
    private String framework = "react";
    private String appType = "dashboard";
    private final List<PreviousTurn> previousTurns = new ArrayList<>();
    private Map<String, String> currentFiles = Map.of();

    private Requests(String description) {
        this.description = description;
    }

    static Requests aRequest(String description) {
        return new Requests(description);
    }

    Requests framework(String framework) {
        this.framework = framework;
        return this;
    }

    Requests appType(String appType) {
        this.appType = appType;
        return this;
    }

    /** An earlier turn of the same project, oldest first. */
    Requests after(String description, String framework, String appType) {
        previousTurns.add(new PreviousTurn(description, framework, appType));
        return this;
    }

    Requests currentFiles(Map<String, String> files) {
        this.currentFiles = Map.copyOf(files);
        return this;
    }

    CodeRequest build() {
        return new CodeRequest(description, framework, appType, Optional.empty(), previousTurns, currentFiles);
    }
}
