package io.vectort.cache.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.cache.CacheAdministration;
import io.vectort.cache.CacheSummary;
import io.vectort.cache.CacheType;
import io.vectort.cache.ScopeSettings;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The acting organisation's response cache: the cache scope is the organisation. */
@Tag(name = "Cache")
@RestController
@RequestMapping("/api/v1/cache")
class CacheController {

    private final CacheAdministration cache;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CacheController(CacheAdministration cache, AuditLog audit, TransactionTemplate transaction) {
        this.cache = cache;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Operation(summary = "Hits, misses and hit rate of my cache over the last days (default 30), by layer and type")
    @OrgAccess(Role.MEMBER)
    @GetMapping("/stats")
    StatsView stats(Membership member, @RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > 366) {
            throw new InvalidRequestException("days", "out-of-range", "must be between 1 and 366");
        }
        CacheSummary summary = cache.summary(scope(member), days);
        Map<String, CountsView> byType = new LinkedHashMap<>();
        for (CacheType type : CacheType.values()) {
            byType.put(type.tag(), CountsView.from(summary.byType().get(type)));
        }
        CountsView total = CountsView.from(summary.total());
        return new StatsView(total.hits(), total.misses(), total.hitRate(), total.byLayer(), byType, summary.entries());
    }

    @Operation(summary = "My cache settings (similar-prompt matching is off unless turned on)")
    @OrgAccess(Role.MEMBER)
    @GetMapping("/settings")
    SettingsView settings(Membership member) {
        return SettingsView.from(cache.settings(scope(member)), cache.effectiveThreshold(scope(member)));
    }

    @Operation(
            summary = "Turn similar-prompt matching on or off; similarity_threshold 0.80..0.99 or null for the default")
    @OrgAccess(Role.ADMIN)
    @PutMapping("/settings")
    SettingsView updateSettings(Membership member, @RequestBody SettingsRequest request) {
        if (request.similarPrompts() == null) {
            throw new InvalidRequestException("similar_prompts", "required", "must be true or false");
        }
        Double threshold = request.similarityThreshold();
        ScopeSettings wanted = new ScopeSettings(
                request.similarPrompts(), threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold));
        ScopeSettings saved = transaction.execute(status -> {
            ScopeSettings stored = cache.updateSettings(scope(member), wanted);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("similarPrompts", stored.similarPrompts());
            stored.similarityThreshold().ifPresent(t -> details.put("similarityThreshold", t));
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "settings.cache_changed",
                    "organization",
                    member.orgId().toString(),
                    details);
            return stored;
        });
        return SettingsView.from(saved, cache.effectiveThreshold(scope(member)));
    }

    @Operation(summary = "Delete every cached response of mine, in every layer")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping
    ClearedView clear(Membership member) {
        long deleted = transaction.execute(status -> {
            long count = cache.clear(scope(member));
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "cache.cleared",
                    "organization",
                    member.orgId().toString(),
                    Map.of("entriesDeleted", count));
            return count;
        });
        return new ClearedView(deleted);
    }

    private static UUID scope(Membership member) {
        return member.orgId();
    }

    record StatsView(
            long hits,
            long misses,
            @JsonProperty("hit_rate") double hitRate,
            @JsonProperty("by_layer") Map<String, Long> byLayer,
            @JsonProperty("by_type") Map<String, CountsView> byType,
            long entries) {}

    record CountsView(
            long hits,
            long misses,
            @JsonProperty("hit_rate") double hitRate,
            @JsonProperty("by_layer") Map<String, Long> byLayer) {
        static CountsView from(CacheSummary.Counts counts) {
            Map<String, Long> layers = new LinkedHashMap<>();
            layers.put("l1", counts.l1());
            layers.put("l2", counts.l2());
            layers.put("l3", counts.l3());
            layers.put("similar", counts.similar());
            return new CountsView(counts.hits(), counts.misses(), counts.hitRate(), layers);
        }
    }

    record SettingsRequest(
            @JsonProperty("similar_prompts") @Nullable Boolean similarPrompts,
            @JsonProperty("similarity_threshold") @Nullable Double similarityThreshold) {}

    record SettingsView(
            @JsonProperty("similar_prompts") boolean similarPrompts,
            @JsonProperty("similarity_threshold") @Nullable Double similarityThreshold,
            @JsonProperty("effective_threshold") double effectiveThreshold) {
        static SettingsView from(ScopeSettings settings, double effective) {
            return new SettingsView(
                    settings.similarPrompts(),
                    settings.similarityThreshold().isPresent()
                            ? settings.similarityThreshold().getAsDouble()
                            : null,
                    effective);
        }
    }

    record ClearedView(@JsonProperty("entries_deleted") long entriesDeleted) {}
}
