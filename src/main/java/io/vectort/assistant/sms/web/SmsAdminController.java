package io.vectort.assistant.sms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.sms.SmsOperatorReport;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For platform admins only; everyone else gets 404, as for a route that does not exist. */
@Tag(name = "Platform administration")
@RestController
class SmsAdminController {

    private final SmsOperatorReport report;
    private final UserAccounts accounts;

    SmsAdminController(SmsOperatorReport report, UserAccounts accounts) {
        this.report = report;
        this.accounts = accounts;
    }

    @Operation(summary = "Platform admins: SMS texts, segments and cost this month, numbers held against the budget")
    @UserAccess
    @GetMapping("/api/v1/admin/sms")
    SmsOperatorReport.Report thisMonth(AuthenticatedUser user) {
        if (!accounts.isPlatformAdmin(user)) {
            throw new NotFoundException("Route");
        }
        return report.thisMonth();
    }
}
