package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.web.ReminderViews.NotificationList;
import io.vectort.assistant.web.ReminderViews.NotificationView;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/notifications")
class NotificationController {

    private final InAppNotifications notifications;

    NotificationController(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "My recent reminder notifications, unacknowledged first")
    @UserAccess
    @GetMapping
    NotificationList list(AuthenticatedUser user, @RequestParam(defaultValue = "50") int limit) {
        return new NotificationList(notifications.recent(user.id(), limit).stream()
                .map(NotificationView::from)
                .toList());
    }

    @Operation(summary = "Acknowledge a notification (and its repeat): no further nudge for it")
    @UserAccess
    @PostMapping("/{id}/ack")
    NotificationView acknowledge(AuthenticatedUser user, @PathVariable UUID id) {
        return NotificationView.from(notifications.acknowledge(user.id(), id));
    }
}
