package io.vectort.assistant.sms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.sms.SmsOperatorReport;
import io.vectort.identity.access.PlatformAdminAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For platform admins only ({@link PlatformAdminAccess}): everyone else gets 404. */
@Tag(name = "Platform administration")
@RestController
class SmsAdminController {

    private final SmsOperatorReport report;

    SmsAdminController(SmsOperatorReport report) {
        this.report = report;
    }

    @Operation(summary = "Platform admins: SMS texts, segments and cost this month, numbers held against the budget")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/sms")
    SmsOperatorReport.Report thisMonth() {
        return report.thisMonth();
    }
}
