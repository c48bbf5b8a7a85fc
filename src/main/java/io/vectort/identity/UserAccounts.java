package io.vectort.identity;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.identity.organization.Organizations;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers accounts and checks credentials. */
@Service
public class UserAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final AuditLog audit;
    private final OrganizationProperties organizationProperties;
    private final PasswordPolicy passwordPolicy;
    private final SignupFunnel funnel;
    // Compared against when the email is unknown, so both paths cost one Argon2 verification.
    private final String decoyHash;

    UserAccounts(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Organizations organizations,
            AuditLog audit,
            OrganizationProperties organizationProperties,
            PasswordPolicy passwordPolicy,
            SignupFunnel funnel) {
        this.jdbc = jdbc;
        this.funnel = funnel;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.organizations = organizations;
        this.audit = audit;
        this.organizationProperties = organizationProperties;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    /**
     * Creates the account with its personal organisation; the first account of the instance is its
     * platform admin.
     */
    @Transactional
    public AuthenticatedUser register(String email, String password) {
        String trimmedEmail = email.trim();
        validate(trimmedEmail, password);
        UUID id = Ids.newId();
        try {
            jdbc.sql(
                            "insert into users (id, email, email_normalized, password_hash) values (:id, :email, :norm, :hash)")
                    .param("id", id)
                    .param("email", trimmedEmail)
                    .param("norm", normalize(trimmedEmail))
                    .param("hash", passwords.encode(password))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email-taken", "An account with this email already exists");
        }
        organizations.createPersonal(id, trimmedEmail);
        promoteIfFirst(id);
        funnel.reached(SignupFunnel.Step.REGISTERED);
        return new AuthenticatedUser(id, trimmedEmail);
    }

    /**
     * Creates an account for a provider sign-in: no password (until its owner sets one), the same
     * personal organisation and first-admin rule as {@link #register}.
     *
     * @throws ConflictException {@code email-taken} when an account has this email
     */
    @Transactional
    public AuthenticatedUser registerWithProvider(String email, boolean emailVerified) {
        String trimmedEmail = email.trim();
        if (!isValidEmail(trimmedEmail)) {
            throw new InvalidRequestException("email", "invalid-email", "the provider gave no usable email address");
        }
        UUID id = Ids.newId();
        try {
            // A provider that vouches for the address has verified it for us.
            jdbc.sql("""
                            insert into users (id, email, email_normalized, email_verified_at)
                            values (:id, :email, :norm, case when :verified then now() end)""")
                    .param("verified", emailVerified)
                    .param("id", id)
                    .param("email", trimmedEmail)
                    .param("norm", normalize(trimmedEmail))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email-taken", "An account with this email already exists");
        }
        organizations.createPersonal(id, trimmedEmail);
        promoteIfFirst(id);
        funnel.reached(SignupFunnel.Step.REGISTERED);
        if (emailVerified) {
            funnel.reached(SignupFunnel.Step.VERIFIED);
        }
        return new AuthenticatedUser(id, trimmedEmail);
    }

    /** The account with this email (compared case-insensitively), if any. */
    public Optional<AuthenticatedUser> findByEmail(String email) {
        return jdbc.sql("select id, email from users where email_normalized = :norm")
                .param("norm", normalize(email.trim()))
                .query((rs, n) -> new AuthenticatedUser(rs.getObject("id", UUID.class), rs.getString("email")))
                .optional();
    }

    /** The instance's host: the first account, or an email listed in {@code VECTORT_ADMIN_EMAILS}. */
    public boolean isPlatformAdmin(AuthenticatedUser user) {
        if (organizationProperties.adminEmails().contains(normalize(user.email()))) {
            return true;
        }
        return jdbc.sql("select platform_admin from users where id = :id")
                .param("id", user.id())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether the owner of the account proved they read its email (a verification or reset link). */
    public boolean isEmailVerified(UUID userId) {
        return jdbc.sql("select email_verified_at is not null from users where id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * The account's email address when its owner proved they read it; empty when unverified or the
     * account is gone. For features that write to the user on their own (the Assistant's nudges).
     */
    public Optional<String> verifiedEmail(UUID userId) {
        return jdbc.sql("select email from users where id = :id and email_verified_at is not null")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** Returns the account for these credentials, or fails without saying which part was wrong. */
    public AuthenticatedUser authenticate(String email, String password) {
        Optional<StoredUser> user = jdbc.sql(
                        "select id, email, password_hash from users where email_normalized = :norm")
                .param("norm", normalize(email.trim()))
                .query(StoredUser.class)
                .optional();
        // Accounts made through a provider may have no password: they are checked against the decoy too.
        String hash =
                user.map(StoredUser::passwordHash).filter(Objects::nonNull).orElse(decoyHash);
        boolean matches = passwords.matches(password, hash);
        if (user.isPresent()) {
            recordSignIn(user.get(), matches);
        }
        if (user.isEmpty() || user.get().passwordHash() == null || !matches) {
            throw new DomainException(
                    ErrorCategory.UNAUTHENTICATED, "invalid-credentials", "Invalid email or password");
        }
        return new AuthenticatedUser(user.get().id(), user.get().email());
    }

    /** Checks the password of a signed-in user (step-up); fails like a wrong sign-in. */
    public void verifyPassword(UUID userId, String password) {
        Optional<StoredUser> user = jdbc.sql("select id, email, password_hash from users where id = :id")
                .param("id", userId)
                .query(StoredUser.class)
                .optional();
        String hash =
                user.map(StoredUser::passwordHash).filter(Objects::nonNull).orElse(decoyHash);
        if (!passwords.matches(password, hash) || user.isEmpty() || user.get().passwordHash() == null) {
            throw new DomainException(ErrorCategory.UNAUTHENTICATED, "invalid-password", "The password is wrong");
        }
    }

    /** The organisations the user belongs to (where their sign-in events are audited). */
    public List<UUID> organizationsOf(UUID userId) {
        return jdbc.sql("select org_id from memberships where user_id = :user")
                .param("user", userId)
                .query(UUID.class)
                .list();
    }

    public Optional<AuthenticatedUser> find(UUID id) {
        return jdbc.sql("select id, email from users where id = :id")
                .param("id", id)
                .query((rs, n) -> new AuthenticatedUser(rs.getObject("id", UUID.class), rs.getString("email")))
                .optional();
    }

    /** The first account of the instance is its platform admin. */
    private void promoteIfFirst(UUID id) {
        // Serialises first sign-ups so that exactly one becomes the platform admin.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vectort.first-platform-admin'))")
                .query()
                .singleRow();
        jdbc.sql("""
                        update users set platform_admin = true
                        where id = :id and not exists (select 1 from users where platform_admin)""").param("id", id).update();
    }

    /**
     * Each organisation of the user sees their sign-ins and failed attempts. Its own transaction:
     * a failed attempt is recorded although the sign-in is refused.
     */
    private void recordSignIn(StoredUser user, boolean succeeded) {
        audit.recordInEach(
                organizationsOf(user.id()),
                Actor.of(user.id(), user.email()),
                succeeded ? "auth.signed_in" : "auth.sign_in_failed",
                Map.of());
    }

    /** Whether {@code email} is an address accounts may have (shape, length, no control characters). */
    public static boolean isValidEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches() && !Text.hasForbiddenControlCharacters(email);
    }

    /**
     * Moves the account to another address, verified by the link the new address received.
     *
     * @throws ConflictException {@code email-taken} when another account has it meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeEmail(UUID userId, String newEmail) {
        try {
            jdbc.sql("""
                            update users set email = :email, email_normalized = :norm, email_verified_at = now()
                            where id = :id""")
                    .param("email", newEmail)
                    .param("norm", normalize(newEmail))
                    .param("id", userId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email-taken", "Another account has this email address now");
        }
    }

    private void validate(String email, String password) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!isValidEmail(email)) {
            violations.add(new FieldViolation("email", "invalid-email", "must be a valid email address"));
        }
        passwordPolicy.check(password, email).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static String normalize(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private record StoredUser(
            UUID id, String email, @Nullable String passwordHash) {}
}
