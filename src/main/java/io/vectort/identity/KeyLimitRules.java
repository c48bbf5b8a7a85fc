package io.vectort.identity;

import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** What a key's limits may be; field names are those of the keys API. */
final class KeyLimitRules {

    /** A billion credits (a million dollars): beyond any real budget, far below overflow. */
    static final long MAX_BUDGET_MICROS = 1_000_000_000_000L;

    static final int MAX_MODELS = 100;
    private static final int MAX_MODEL_LENGTH = 200;

    private KeyLimitRules() {}

    /** The limits with model names trimmed and deduplicated, or every reason they are invalid. */
    static KeyLimits validated(KeyLimits limits) {
        List<FieldViolation> violations = new ArrayList<>();
        budget(limits.dailyBudgetMicros(), "dailyBudgetCredits", violations);
        budget(limits.monthlyBudgetMicros(), "monthlyBudgetCredits", violations);
        Optional<List<String>> models = limits.allowedModels().map(list -> models(list, violations));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return limits.withAllowedModels(models);
    }

    private static void budget(OptionalLong micros, String field, List<FieldViolation> violations) {
        if (micros.isPresent() && (micros.getAsLong() <= 0 || micros.getAsLong() > MAX_BUDGET_MICROS)) {
            violations.add(new FieldViolation(
                    field, "out-of-range", "must be more than 0 and at most 1000000000 credits (or null for none)"));
        }
    }

    private static List<String> models(List<String> models, List<FieldViolation> violations) {
        if (models.isEmpty() || models.size() > MAX_MODELS) {
            violations.add(new FieldViolation(
                    "allowedModels",
                    "size",
                    "must list 1 to " + MAX_MODELS + " models (or be null to allow every model)"));
        }
        Set<String> clean = new LinkedHashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i).strip();
            if (model.isEmpty() || model.length() > MAX_MODEL_LENGTH || Text.hasForbiddenControlCharacters(model)) {
                violations.add(new FieldViolation(
                        "allowedModels[" + i + "]",
                        "invalid",
                        "must be a model name of 1 to " + MAX_MODEL_LENGTH + " printable characters"));
            }
            clean.add(model);
        }
        return List.copyOf(clean);
    }
}
