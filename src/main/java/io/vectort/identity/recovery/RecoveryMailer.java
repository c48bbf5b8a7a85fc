package io.vectort.identity.recovery;

import io.vectort.identity.mail.MailContent;
import io.vectort.identity.mail.Mailer;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends this module's emails off the request thread, after the transaction that stored their link
 * commits (never when it rolls back). The answer to "reset my password" therefore takes as long
 * whether or not the address has an account and whatever the SMTP server does.
 */
@Component
class RecoveryMailer {

    private final Mailer mailer;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("recovery-mail-", 0).factory());

    RecoveryMailer(Mailer mailer) {
        this.mailer = mailer;
    }

    boolean canSend() {
        return mailer.canSend();
    }

    URI link(String path) {
        return mailer.link(path);
    }

    /** Queues the email; sent once the current transaction (if any) has committed. */
    void sendLater(String to, MailContent mail, String about) {
        if (!mailer.canSend()) {
            return;
        }
        Runnable send = () -> executor.execute(() -> mailer.send(to, mail, about));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    @PreDestroy
    void close() {
        // Lets emails already queued go out during a graceful shutdown.
        executor.close();
    }
}
