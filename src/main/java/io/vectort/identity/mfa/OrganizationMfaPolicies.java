package io.vectort.identity.mfa;

import io.vectort.identity.SecondFactors;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.MfaPolicy;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations' MFA policies: owners choose whom the organisation requires a second factor of.
 * The policy is enforced on every organisation request by the access check, which reads it with
 * the membership.
 */
@Service
public class OrganizationMfaPolicies {

    private final JdbcClient jdbc;
    private final SecondFactors factors;
    private final AuditLog audit;

    OrganizationMfaPolicies(JdbcClient jdbc, TotpSecondFactors factors, AuditLog audit) {
        this.jdbc = jdbc;
        this.factors = factors;
        this.audit = audit;
    }

    /**
     * Sets the policy of a team organisation. An owner without a second factor cannot choose a policy
     * that covers themselves: they would be locked out of the organisation they just configured.
     */
    @Transactional
    public MfaPolicy set(Membership owner, MfaPolicy policy) {
        if (owner.personal()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "personal-organization",
                    "A personal organisation has no MFA policy: turn on two-factor authentication in your"
                            + " security settings instead");
        }
        if (policy.covers(owner.role()) && factors.methods(owner.userId()).isEmpty()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "enrol-first",
                    "Set up two-factor authentication for your own account first: this policy would apply to you",
                    Map.of("enrolAt", "/settings/security"));
        }
        MfaPolicy before = jdbc.sql("select mfa_policy from organizations where id = :id for update")
                .param("id", owner.orgId())
                .query((rs, n) -> MfaPolicy.parse(rs.getString("mfa_policy")).orElseThrow())
                .single();
        if (before != policy) {
            jdbc.sql("update organizations set mfa_policy = :policy where id = :id")
                    .param("policy", policy.wireName())
                    .param("id", owner.orgId())
                    .update();
            audit.record(
                    owner.orgId(),
                    Actor.of(owner),
                    "org.mfa_policy_changed",
                    "organization",
                    owner.orgId().toString(),
                    Map.of("from", before.wireName(), "to", policy.wireName()));
        }
        return policy;
    }

    /** The names of the user's organisations whose policy covers the user's role there. */
    List<String> organizationsRequiring(UUID userId) {
        return jdbc.sql("""
                        select o.name from organizations o join memberships m on m.org_id = o.id
                        where m.user_id = :user
                          and (o.mfa_policy = 'everyone' or (o.mfa_policy = 'admins' and m.role in ('admin', 'owner')))
                        order by lower(o.name)""").param("user", userId).query(String.class).list();
    }
}
