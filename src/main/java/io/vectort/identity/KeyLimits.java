package io.vectort.identity;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What one API key may do within its organisation: spend at most a budget per UTC day and per UTC
 * month (micro-USD), and call only the listed models, named as requested on {@code /v1}. An empty
 * value sets no limit.
 */
public record KeyLimits(
        OptionalLong dailyBudgetMicros, OptionalLong monthlyBudgetMicros, Optional<List<String>> allowedModels) {

    public static final KeyLimits NONE = new KeyLimits(OptionalLong.empty(), OptionalLong.empty(), Optional.empty());

    public KeyLimits {
        allowedModels = allowedModels.map(List::copyOf);
    }

    public boolean allows(String model) {
        return allowedModels.map(models -> models.contains(model)).orElse(true);
    }

    public boolean hasBudget() {
        return dailyBudgetMicros.isPresent() || monthlyBudgetMicros.isPresent();
    }

    public KeyLimits withDailyBudget(OptionalLong micros) {
        return new KeyLimits(micros, monthlyBudgetMicros, allowedModels);
    }

    public KeyLimits withMonthlyBudget(OptionalLong micros) {
        return new KeyLimits(dailyBudgetMicros, micros, allowedModels);
    }

    public KeyLimits withAllowedModels(Optional<List<String>> models) {
        return new KeyLimits(dailyBudgetMicros, monthlyBudgetMicros, models);
    }

    /** The limits that are set, as the audit log shows them: budgets in credits. */
    Map<String, Object> describe() {
        Map<String, Object> set = new LinkedHashMap<>();
        dailyBudgetMicros.ifPresent(micros -> set.put("dailyBudgetCredits", credits(micros)));
        monthlyBudgetMicros.ifPresent(micros -> set.put("monthlyBudgetCredits", credits(micros)));
        allowedModels.ifPresent(models -> set.put("allowedModels", models));
        return set;
    }

    /**
     * Credits from micro-USD: one credit is 1,000 micro-USD (billing's {@code Money}, which identity
     * cannot use).
     */
    public static BigDecimal credits(long micros) {
        return BigDecimal.valueOf(micros, 3);
    }

    /** Values of the parameters {@code :daily, :monthly, :models} for api_keys' columns. */
    Map<String, @Nullable Object> columns() {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("daily", dailyBudgetMicros.isPresent() ? dailyBudgetMicros.getAsLong() : null);
        values.put("monthly", monthlyBudgetMicros.isPresent() ? monthlyBudgetMicros.getAsLong() : null);
        values.put(
                "models",
                allowedModels.map(models -> models.toArray(String[]::new)).orElse(null));
        return values;
    }

    /** Reads the columns {@code daily_budget_micros, monthly_budget_micros, allowed_models} of api_keys. */
    static KeyLimits read(ResultSet rs) throws SQLException {
        Array models = rs.getArray("allowed_models");
        return new KeyLimits(
                optionalLong(rs, "daily_budget_micros"),
                optionalLong(rs, "monthly_budget_micros"),
                models == null ? Optional.empty() : Optional.of(List.of((String[]) models.getArray())));
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
