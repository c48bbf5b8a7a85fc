package io.vectort.assistant.email;

import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.mail.Mailer;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Whether email can reach a user: SMTP (with a public URL) is configured and their address is verified. */
@Service
public class EmailAvailability {

    private final Mailer mailer;
    private final UserAccounts accounts;

    EmailAvailability(Mailer mailer, UserAccounts accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    /** SMTP and {@code VECTORT_PUBLIC_URL} are set: without them the email channel does not exist. */
    public boolean configured() {
        return mailer.canSend();
    }

    public boolean verified(UUID userId) {
        return accounts.isEmailVerified(userId);
    }

    /** The user chose email, it is configured, and their address is verified. */
    public boolean reaches(UUID userId, AssistantSettings settings) {
        return settings.wantsChannel("email") && configured() && verified(userId);
    }
}
