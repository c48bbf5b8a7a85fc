package io.vectort.assistant.sms;

import io.vectort.assistant.conversations.AssistantConversations;
import io.vectort.assistant.conversations.Conversation;
import io.vectort.assistant.conversations.Exchange;
import io.vectort.assistant.conversations.ExchangeListener;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.understanding.Language;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.ConflictException;
import io.vectort.shared.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers one incoming text. A stranger gets how to sign up (once a day at most), never the
 * Assistant. STOP opts the number out at once (Twilio confirms it to the person), START opts it
 * back in, HELP says what this is and how to stop, MORE sends the rest of a long answer; anything
 * else goes to the user's SMS conversation with the Assistant — the agent, or the fixed rules —
 * and the answer, cut to the segment budget, is texted back. A user's texts are answered in the
 * order they came: a text whose predecessor is still being answered (a model may take minutes)
 * looks again later, as a new job ({@code <sid>#<n>}) rather than a retry, so that waiting never
 * uses up the retries meant for failures.
 */
@Component
class SmsAnswering implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(SmsAnswering.class);

    /** The title of the conversation texts go to. */
    static final String CONVERSATION_TITLE = "SMS";

    private final SmsMessages messages;
    private final SmsPhones phones;
    private final SmsOutbox outbox;
    private final SmsStrangers strangers;
    private final AssistantConversations conversations;
    private final AssistantSettingsStore settings;
    private final SmsProperties properties;
    private final TransactionTemplate transaction;
    private final JobQueue jobs;

    SmsAnswering(
            SmsMessages messages,
            SmsPhones phones,
            SmsOutbox outbox,
            SmsStrangers strangers,
            AssistantConversations conversations,
            AssistantSettingsStore settings,
            SmsProperties properties,
            PlatformTransactionManager transactions,
            JobQueue jobs) {
        this.messages = messages;
        this.phones = phones;
        this.outbox = outbox;
        this.strangers = strangers;
        this.conversations = conversations;
        this.settings = settings;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return SmsInbound.JOB;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        String providerSid = providerSid(jobId);
        int waited = providerSid.equals(jobId) ? 0 : Integer.parseInt(jobId.substring(providerSid.length() + 1));
        Optional<SmsMessage> found = messages.byProviderSid(providerSid);
        if (found.isEmpty() || found.get().processedAt() != null) {
            return;
        }
        SmsMessage text = found.get();
        if (text.userId() == null) {
            transaction.executeWithoutResult(status -> {
                strangers.answer(text);
                messages.answered(text.id());
            });
            return;
        }
        if (messages.earlierUnanswered(text)) {
            later(providerSid, waited);
            return;
        }
        UUID userId = text.userId();
        boolean media = text.withMedia();
        String body = text.words().strip();
        Language language = settings.get(userId).languageOrEnglish();
        Optional<SmsKeyword> keyword = SmsKeyword.of(body);
        if (keyword.isPresent()) {
            Language spoken = SmsKeyword.french(body) ? Language.FR : language;
            transaction.executeWithoutResult(status -> {
                keyword(userId, text, keyword.get(), spoken);
                messages.answered(text.id());
            });
            return;
        }
        if (body.isEmpty()) {
            reply(userId, text, media ? SmsTexts.media(language) : SmsTexts.help(language), "help", language);
            return;
        }
        String answer;
        try {
            Exchange exchange = conversations.post(
                    userId, conversation(userId), body, ExchangeListener.NONE, OptionalInt.of(budgetCharacters()));
            answer = exchange.reply().content();
        } catch (ConflictException busy) {
            // The conversation is answering something else (the same user on the web): later.
            later(providerSid, waited);
            return;
        }
        reply(userId, text, media ? SmsTexts.media(language) + "\n" + answer : answer, "reply", language);
    }

    /**
     * When the retries are spent (the database was away, say), the text is given up so that the
     * user's later texts are not held behind it forever.
     */
    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        String providerSid = providerSid(jobId);
        messages.byProviderSid(providerSid).ifPresent(text -> messages.answered(text.id()));
        log.warn("Gave up answering text {} after its retries: {}", providerSid, lastFailure.getMessage());
    }

    /** The text a job is about: its id is the text's provider id, then {@code #<n>} for a later look. */
    private static String providerSid(String jobId) {
        int hash = jobId.indexOf('#');
        return hash < 0 ? jobId : jobId.substring(0, hash);
    }

    /** Looks again a little later: half a second, doubling, at most every 30 seconds. */
    private void later(String providerSid, int waited) {
        long delay = Math.min(30_000L, 500L << Math.min(waited, 6));
        jobs.enqueueAt(
                SmsInbound.JOB, providerSid + "#" + (waited + 1), Instant.now().plusMillis(delay));
    }

    private void keyword(UUID userId, SmsMessage text, SmsKeyword keyword, Language language) {
        switch (keyword) {
            case STOP -> phones.optOut(text.fromNumber());
            case START -> {
                phones.optIn(text.fromNumber());
                queue(userId, text, "consent", SmsTexts.welcomeBack(language), null);
            }
            case HELP -> queue(userId, text, "help", SmsTexts.help(language), null);
            case MORE -> {
                Optional<String> rest = messages.takeRemainder(userId);
                if (rest.isEmpty()) {
                    queue(userId, text, "more", SmsTexts.nothingMore(language), null);
                } else {
                    ReplyCut cut = ReplyCut.of(rest.get(), properties.maxReplySegments(), SmsTexts.moreNote(language));
                    queue(userId, text, "more", cut.head(), cut.rest().orElse(null));
                }
            }
        }
    }

    private void reply(UUID userId, SmsMessage text, String answer, String kind, Language language) {
        ReplyCut cut = ReplyCut.of(
                SmsSegments.gsmFriendly(answer), properties.maxReplySegments(), SmsTexts.moreNote(language));
        transaction.executeWithoutResult(status -> {
            queue(userId, text, kind, cut.head(), cut.rest().orElse(null));
            messages.answered(text.id());
        });
    }

    private void queue(UUID userId, SmsMessage text, String kind, String body, String remainder) {
        outbox.toUser(userId, kind, "reply:" + text.providerSid(), body, remainder);
    }

    /** The user's SMS conversation, made on the first text (and again if they deleted it). */
    private UUID conversation(UUID userId) {
        Optional<UUID> known = phones.find(userId).flatMap(Phone::conversationId);
        if (known.isPresent()) {
            try {
                return conversations.get(userId, known.get()).id();
            } catch (NotFoundException gone) {
                // Made again below.
            }
        }
        Conversation made = conversations.create(userId, CONVERSATION_TITLE, null);
        phones.useConversation(userId, made.id());
        return made.id();
    }

    /** Characters of the answer the model is told to stay within: the segment budget in GSM-7, less the MORE note. */
    private int budgetCharacters() {
        return SmsSegments.capacity(SmsSegments.Encoding.GSM_7, properties.maxReplySegments()) - 20;
    }
}
