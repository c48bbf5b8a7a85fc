package io.vectort.generation.run;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a generate request field by field and reports every problem at once. */
@Component
public class GenerationRequestValidator {

    private static final int MAX_MODEL_LENGTH = 200;

    /** The type that asks Vectort to read the kind of app from the description. */
    static final String AUTO = "auto";

    private final BuilderCatalog catalog;
    private final GenerationProperties properties;

    GenerationRequestValidator(BuilderCatalog catalog, GenerationProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /**
     * The request, trimmed, or an {@link InvalidRequestException} listing every bad field. An
     * application type of {@code auto} (or none) comes back empty: it is decided from the project.
     */
    public GenerationRequest validate(
            @Nullable String rawDescription,
            @Nullable String rawFramework,
            @Nullable String rawType,
            @Nullable String rawModel,
            boolean forceRegenerate) {
        List<FieldViolation> violations = new ArrayList<>();
        String description = rawDescription == null ? "" : rawDescription.strip();
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
        String framework = rawFramework == null ? "" : rawFramework.strip();
        if (catalog.framework(framework).isEmpty()) {
            violations.add(new FieldViolation(
                    "framework", framework.isEmpty() ? "required" : "unknown", "must be one of " + frameworkIds()));
        }
        // Absent, empty or "auto": the description decides (GenerationService).
        String type = rawType == null ? "" : rawType.strip();
        boolean auto = type.isEmpty() || type.equals(AUTO);
        if (!auto && catalog.appType(type).isEmpty()) {
            violations.add(new FieldViolation("type", "unknown", "must be \"auto\" or one of " + typeIds()));
        }
        Optional<String> model =
                Optional.ofNullable(rawModel).map(String::strip).filter(m -> !m.isEmpty());
        if (model.isPresent()
                && (model.get().length() > MAX_MODEL_LENGTH || Text.hasForbiddenControlCharacters(model.get()))) {
            violations.add(new FieldViolation("model", "invalid", "must be a model name or alias"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new GenerationRequest(
                description, framework, auto ? Optional.empty() : Optional.of(type), model, forceRegenerate);
    }

    private List<String> frameworkIds() {
        return catalog.frameworks().stream().map(f -> f.id()).toList();
    }

    private List<String> typeIds() {
        return catalog.appTypes().stream().map(t -> t.id()).toList();
    }
}
