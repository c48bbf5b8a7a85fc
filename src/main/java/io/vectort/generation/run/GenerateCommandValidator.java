package io.vectort.generation.run;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks a generate request field by field and reports every problem at once. */
@Component
class GenerateCommandValidator {

    private static final int MAX_MODEL_LENGTH = 200;

    /** The type that asks Vectort to read the kind of app from the description. */
    static final String AUTO = "auto";

    private final BuilderCatalog catalog;
    private final GenerationProperties properties;

    GenerateCommandValidator(BuilderCatalog catalog, GenerationProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /**
     * The same command, trimmed, or an {@link InvalidRequestException} listing every bad field. An
     * application type of {@code auto} (or none) comes back empty: it is decided from the project.
     */
    GenerateCommand validate(GenerateCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        String description = command.description().map(String::strip).orElse("");
        int length = Text.lengthInCodePoints(description);
        if (description.isEmpty()) {
            violations.add(new FieldViolation("description", "required", "must not be empty"));
        } else if (length > properties.maxDescriptionLength()) {
            violations.add(new FieldViolation(
                    "description",
                    "too-long",
                    "must be at most " + properties.maxDescriptionLength() + " characters (got " + length + ")"));
        }
        if (Text.hasForbiddenControlCharacters(description)) {
            violations.add(
                    new FieldViolation("description", "control-characters", "must not contain control characters"));
        }
        String framework = command.framework().map(String::strip).orElse("");
        if (catalog.framework(framework).isEmpty()) {
            violations.add(new FieldViolation(
                    "framework", framework.isEmpty() ? "required" : "unknown", "must be one of " + frameworkIds()));
        }
        // Absent, empty or "auto": the description decides (GenerationService).
        String type = command.appType().map(String::strip).orElse("");
        boolean auto = type.isEmpty() || type.equals(AUTO);
        if (!auto && catalog.appType(type).isEmpty()) {
            violations.add(new FieldViolation("type", "unknown", "must be \"auto\" or one of " + typeIds()));
        }
        Optional<String> model = command.model().map(String::strip).filter(m -> !m.isEmpty());
        if (model.isPresent()
                && (model.get().length() > MAX_MODEL_LENGTH || Text.hasForbiddenControlCharacters(model.get()))) {
            violations.add(new FieldViolation("model", "invalid", "must be a model name or alias"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new GenerateCommand(
                Optional.of(description),
                Optional.of(framework),
                auto ? Optional.empty() : Optional.of(type),
                model,
                command.forceRegenerate());
    }

    private List<String> frameworkIds() {
        return catalog.frameworks().stream().map(f -> f.id()).toList();
    }

    private List<String> typeIds() {
        return catalog.appTypes().stream().map(t -> t.id()).toList();
    }
}
