package io.vectort.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.vectort.identity.ApiKeys;
import io.vectort.identity.KeyLimits;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the API key endpoints; budgets in credits (1 credit = 1,000 micro-USD). */
final class ApiKeyViews {

    private ApiKeyViews() {}

    record NewKey(
            @Nullable String name,
            @Nullable BigDecimal dailyBudgetCredits,
            @Nullable BigDecimal monthlyBudgetCredits,
            @Nullable List<@Nullable String> allowedModels) {

        KeyLimits limits() {
            List<FieldViolation> violations = new ArrayList<>();
            KeyLimits limits = new KeyLimits(
                    micros(dailyBudgetCredits, "dailyBudgetCredits", violations),
                    micros(monthlyBudgetCredits, "monthlyBudgetCredits", violations),
                    models(allowedModels, violations));
            requireNone(violations);
            return limits;
        }
    }

    /**
     * The body of PATCH: a field left out keeps its value, {@code null} removes the limit. A record
     * cannot tell those apart (both arrive as null); setters are called only for fields present.
     */
    @Schema(description = "Fields left out keep their value; null removes the limit")
    static final class KeyChange {

        private final List<FieldViolation> violations = new ArrayList<>();
        private UnaryOperator<KeyLimits> change = UnaryOperator.identity();

        @JsonProperty
        void setDailyBudgetCredits(@Nullable BigDecimal credits) {
            OptionalLong micros = micros(credits, "dailyBudgetCredits", violations);
            then(limits -> limits.withDailyBudget(micros));
        }

        @JsonProperty
        void setMonthlyBudgetCredits(@Nullable BigDecimal credits) {
            OptionalLong micros = micros(credits, "monthlyBudgetCredits", violations);
            then(limits -> limits.withMonthlyBudget(micros));
        }

        @JsonProperty
        void setAllowedModels(@Nullable List<@Nullable String> models) {
            Optional<List<String>> allowed = models(models, violations);
            then(limits -> limits.withAllowedModels(allowed));
        }

        UnaryOperator<KeyLimits> change() {
            requireNone(violations);
            return change;
        }

        private void then(UnaryOperator<KeyLimits> next) {
            UnaryOperator<KeyLimits> before = change;
            change = limits -> next.apply(before.apply(limits));
        }
    }

    record CreatedKeyView(
            UUID id,
            String name,
            String prefix,
            String key,
            Instant createdAt,
            @Nullable BigDecimal dailyBudgetCredits,
            @Nullable BigDecimal monthlyBudgetCredits,
            @Nullable List<String> allowedModels) {

        static CreatedKeyView from(ApiKeys.CreatedKey k) {
            return new CreatedKeyView(
                    k.id(),
                    k.name(),
                    k.prefix(),
                    k.key(),
                    k.createdAt(),
                    credits(k.limits().dailyBudgetMicros()),
                    credits(k.limits().monthlyBudgetMicros()),
                    k.limits().allowedModels().orElse(null));
        }
    }

    record KeyView(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable String createdBy,
            @Nullable BigDecimal dailyBudgetCredits,
            @Nullable BigDecimal monthlyBudgetCredits,
            @Nullable List<String> allowedModels,
            BigDecimal spentTodayCredits,
            BigDecimal spentThisMonthCredits) {

        static KeyView from(ApiKeys.KeyInfo k) {
            return new KeyView(
                    k.id(),
                    k.name(),
                    k.prefix(),
                    k.createdAt(),
                    k.lastUsedAt().orElse(null),
                    k.createdBy().orElse(null),
                    credits(k.limits().dailyBudgetMicros()),
                    credits(k.limits().monthlyBudgetMicros()),
                    k.limits().allowedModels().orElse(null),
                    KeyLimits.credits(k.spent().todayMicros()),
                    KeyLimits.credits(k.spent().thisMonthMicros()));
        }
    }

    private static @Nullable BigDecimal credits(OptionalLong micros) {
        return micros.isPresent() ? KeyLimits.credits(micros.getAsLong()) : null;
    }

    /**
     * Micro-USD of a credit amount, which may have at most three decimals. Amounts beyond a long are
     * clamped, so that the range check of {@code ApiKeys} names them like any other.
     */
    private static OptionalLong micros(@Nullable BigDecimal credits, String field, List<FieldViolation> violations) {
        if (credits == null) {
            return OptionalLong.empty();
        }
        if (credits.stripTrailingZeros().scale() > 3) {
            violations.add(new FieldViolation(field, "precision", "must have at most 3 decimals"));
            return OptionalLong.empty();
        }
        BigDecimal micros = credits.movePointRight(3);
        if (micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.of(Long.MAX_VALUE);
        }
        if (micros.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return OptionalLong.of(Long.MIN_VALUE);
        }
        return OptionalLong.of(micros.longValueExact());
    }

    private static Optional<List<String>> models(
            @Nullable List<@Nullable String> models, List<FieldViolation> violations) {
        if (models == null) {
            return Optional.empty();
        }
        List<String> present = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String model = models.get(i);
            if (model == null) {
                violations.add(new FieldViolation("allowedModels[" + i + "]", "required", "must be a model name"));
            } else {
                present.add(model);
            }
        }
        return Optional.of(present);
    }

    private static void requireNone(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
