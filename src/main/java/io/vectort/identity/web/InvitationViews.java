package io.vectort.identity.web;

import io.vectort.identity.invitation.Invitation;
import io.vectort.identity.invitation.InvitationPreview;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the invitation endpoints. */
final class InvitationViews {

    private InvitationViews() {}

    record Invite(@Nullable String email, @Nullable String role) {}

    /** A pending invitation; the link's token is never listed. */
    record InvitationView(
            UUID id, String email, String role, @Nullable String invitedBy, Instant expiresAt, Instant createdAt) {

        static InvitationView from(Invitation invitation) {
            return new InvitationView(
                    invitation.id(),
                    invitation.email(),
                    invitation.role().wireName(),
                    invitation.invitedBy().orElse(null),
                    invitation.expiresAt(),
                    invitation.createdAt());
        }
    }

    /** The answer to inviting: the only time the link is shown. */
    record IssuedInvitationView(
            UUID id,
            String email,
            String role,
            @Nullable String invitedBy,
            Instant expiresAt,
            Instant createdAt,
            URI acceptUrl,
            boolean emailSent) {

        static IssuedInvitationView from(Invitation invitation, URI acceptUrl, boolean emailSent) {
            InvitationView view = InvitationView.from(invitation);
            return new IssuedInvitationView(
                    view.id(),
                    view.email(),
                    view.role(),
                    view.invitedBy(),
                    view.expiresAt(),
                    view.createdAt(),
                    acceptUrl,
                    emailSent);
        }
    }

    record InvitationList(List<InvitationView> items) {}

    record InvitedTo(UUID id, String name, String slug) {}

    /** What a link invites to, for "Join Acme as member". */
    record InvitationPreviewView(InvitedTo organization, String role, String email, Instant expiresAt) {

        static InvitationPreviewView from(InvitationPreview preview) {
            return new InvitationPreviewView(
                    new InvitedTo(preview.orgId(), preview.orgName(), preview.orgSlug()),
                    preview.role().wireName(),
                    preview.email(),
                    preview.expiresAt());
        }
    }
}
