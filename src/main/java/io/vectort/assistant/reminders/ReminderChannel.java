package io.vectort.assistant.reminders;

/**
 * A way of reaching the user with a reminder: in-app now; email, web push and SMS plug in as more
 * beans of this type.
 *
 * <p>{@link #deliver} runs inside the firing transaction. A channel that writes to the database
 * (the in-app one) does so in that transaction; a channel that talks to the outside world must not
 * call out from here — a rollback cannot unsend a message — but enqueue its own durable job (the
 * job engine's enqueue joins the transaction), keyed by the nudge's identity so that it sends once.
 */
public interface ReminderChannel {

    /** Short stable name ("in-app", "email", "push", "sms"), for logs and per-user choices. */
    String name();

    void deliver(Nudge nudge);
}
