package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.audit.AuditEntry;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.audit.AuditPage;
import io.vectort.identity.audit.AuditQuery;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organisations")
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(
            summary = "The organisation's audit log, newest first; filter by actor (id or email), action (exact,"
                    + " or a prefix ending in a dot such as member.) and time (from inclusive, to exclusive)")
    @OrgAccess(Role.ADMIN)
    @GetMapping("/api/v1/orgs/{org}/audit")
    AuditPageView list(
            Membership member,
            @PathVariable String org,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditQuery query =
                new AuditQuery(text(actor), text(action), instant("from", from), instant("to", to), page, size);
        AuditPage result = audit.list(member.orgId(), query);
        return new AuditPageView(
                result.items().stream().map(EntryView::from).toList(),
                result.page(),
                result.size(),
                result.totalItems());
    }

    private static Optional<String> text(@Nullable String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** An instant (2026-12-04T10:00:00Z) or a date (2026-12-04, midnight UTC). */
    private static Optional<Instant> instant(String name, @Nullable String value) {
        Optional<String> present = text(value);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant parsed = present.get().contains("T")
                    ? Instant.parse(present.get())
                    : LocalDate.parse(present.get())
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
            // PostgreSQL's timestamps end in year 294276; nothing was recorded before 1970.
            if (parsed.isBefore(Instant.EPOCH) || parsed.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new InvalidRequestException(name, "out-of-range", "must be between 1970 and 9999");
            }
            return Optional.of(parsed);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name, "invalid-date", "must be a date (2026-12-04) or an instant (2026-12-04T10:00:00Z)");
        }
    }

    record ActorView(@Nullable UUID userId, @Nullable String email) {}

    record EntryView(
            long id,
            Instant occurredAt,
            ActorView actor,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            Map<String, Object> details,
            @Nullable String clientAddress,
            @Nullable String requestId) {

        static EntryView from(AuditEntry entry) {
            return new EntryView(
                    entry.id(),
                    entry.occurredAt(),
                    new ActorView(
                            entry.actorId().orElse(null), entry.actorEmail().orElse(null)),
                    entry.action(),
                    entry.targetType().orElse(null),
                    entry.targetId().orElse(null),
                    entry.details(),
                    entry.clientAddress().orElse(null),
                    entry.requestId().orElse(null));
        }
    }

    record AuditPageView(List<EntryView> items, int page, int size, long totalItems) {}
}
