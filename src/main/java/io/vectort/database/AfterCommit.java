package io.vectort.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed, or at once outside a transaction. For
 * effects that must not happen for work that is rolled back: a counter of payments must not count
 * a payment whose transaction failed after the increment.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} after the commit; never when the transaction rolls back. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
