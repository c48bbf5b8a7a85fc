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

    /** The type or framework that asks Vectort to read it from the description (or keep the project's). */
    static final String AUTO = "auto";

    private final BuilderCatalog catalog;
    private final GenerationProperties properties;

    GenerationRequestValidator(BuilderCatalog catalog, GenerationProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /**
     * The request, trimmed, or an {@link InvalidRequestException} listing every bad field. A
     * framework or an application type of {@code auto} (or none) comes back empty: it is decided
     * from the description and the project.
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
        // Absent, empty or "auto": the description or the project decides (GenerationService).
        Optional<String> framework = chosen(rawFramework);
        if (framework.isPresent() && catalog.framework(framework.get()).isEmpty()) {
            violations.add(new FieldViolation("framework", "unknown", "must be \"auto\" or one of " + frameworkIds()));
        }
        Optional<String> type = chosen(rawType);
        if (type.isPresent() && catalog.appType(type.get()).isEmpty()) {
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
        return new GenerationRequest(description, framework, type, model, forceRegenerate);
    }

    /** The value picked, trimmed; empty when none was or {@code auto} was. */
    private static Optional<String> chosen(@Nullable String raw) {
        return Optional.ofNullable(raw).map(String::strip).filter(v -> !v.isEmpty() && !v.equals(AUTO));
    }

    private List<String> frameworkIds() {
        return catalog.frameworks().stream().map(f -> f.id()).toList();
    }

    private List<String> typeIds() {
        return catalog.appTypes().stream().map(t -> t.id()).toList();
    }
}
