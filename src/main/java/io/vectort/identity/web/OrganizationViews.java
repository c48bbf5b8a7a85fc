package io.vectort.identity.web;

import io.vectort.identity.organization.Member;
import io.vectort.identity.organization.Organization;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the organisation endpoints. */
final class OrganizationViews {

    private OrganizationViews() {}

    record CreateOrganization(
            @Nullable String name, @Nullable String slug) {}

    record UpdateOrganization(
            @Nullable String name, @Nullable String slug) {}

    record ChangeRole(@Nullable String role) {}

    record OrganizationView(
            UUID id,
            String name,
            String slug,
            boolean personal,
            String role,
            String plan,
            int memberCount,
            Instant createdAt,
            String mfaPolicy,
            boolean suspended) {

        static OrganizationView from(Organization org, String plan) {
            return new OrganizationView(
                    org.id(),
                    org.name(),
                    org.slug(),
                    org.personal(),
                    org.role().wireName(),
                    plan,
                    org.memberCount(),
                    org.createdAt(),
                    org.mfaPolicy().wireName(),
                    org.suspended());
        }
    }

    record OrganizationList(List<OrganizationView> items) {}

    record MemberView(UUID userId, String email, String role, Instant joinedAt) {

        static MemberView from(Member member) {
            return new MemberView(member.userId(), member.email(), member.role().wireName(), member.joinedAt());
        }
    }

    record MemberList(List<MemberView> items) {}
}
