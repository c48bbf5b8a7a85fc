package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.privacy.AccountDeletion;
import io.vectort.identity.privacy.DataExports;
import io.vectort.identity.privacy.ExportDownload;
import io.vectort.identity.web.PersonalDataViews.DeleteAccount;
import io.vectort.identity.web.PersonalDataViews.ExportView;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * "Your data": export everything Vectort holds about me, and delete my account. The export's
 * download link carries a signed, expiring token instead of a bearer token (a browser follows it),
 * under {@code VECTORT_PUBLIC_URL} or relative when it is not set.
 */
@Tag(name = "Your data")
@RestController
@RequestMapping("/api/v1/me")
class PersonalDataController {

    private final DataExports exports;
    private final AccountDeletion deletion;
    private final PublicUrl publicUrl;

    PersonalDataController(DataExports exports, AccountDeletion deletion, PublicUrl publicUrl) {
        this.exports = exports;
        this.deletion = deletion;
        this.publicUrl = publicUrl;
    }

    @Operation(summary = "Start an export of all my data (a ZIP, ready after a while; a few per hour)")
    @UserAccess
    @PostMapping("/export")
    ResponseEntity<ExportView> startExport(AuthenticatedUser user) {
        ExportView started = ExportView.from(exports.start(user), publicUrl);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/me/export/" + started.id()))
                .body(started);
    }

    @Operation(summary = "An export's progress; downloadUrl and expiresAt once it is ready")
    @UserAccess
    @GetMapping("/export/{id}")
    ExportView export(AuthenticatedUser user, @PathVariable UUID id) {
        return ExportView.from(exports.get(user.id(), id), publicUrl);
    }

    @Operation(summary = "Download a ready export through its signed link (no bearer token needed)")
    @PublicAccess
    @GetMapping(value = "/export/{id}/download", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String token) {
        ExportDownload download = exports.open(id, token).orElseThrow(() -> new NotFoundException("Export"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(download.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName())
                                .build()
                                .toString())
                // The link is a credential: keep it and the archive out of shared caches.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(out -> {
                    try (InputStream in = download.content()) {
                        in.transferTo(out);
                    }
                });
    }

    @Operation(
            summary = "Delete my account and everything only I own (confirm with my email); refused while I am"
                    + " the last owner of a team with other members")
    @UserAccess
    @RecentAuthentication
    @DeleteMapping
    ResponseEntity<Void> deleteAccount(
            AuthenticatedUser user,
            @RequestBody(required = false) @Nullable DeleteAccount body,
            HttpServletRequest request) {
        if (body == null || body.confirmEmail() == null || body.confirmEmail().isBlank()) {
            throw new InvalidRequestException("confirmEmail", "required", "must repeat the account's email address");
        }
        deletion.delete(user.id(), body.confirmEmail());
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
                .build();
    }
}
