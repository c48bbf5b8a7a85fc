package io.vectort.assistant.understanding;

import io.vectort.assistant.understanding.Command.AddTask;
import io.vectort.assistant.understanding.Command.CompleteTask;
import io.vectort.assistant.understanding.Command.Forget;
import io.vectort.assistant.understanding.Command.Help;
import io.vectort.assistant.understanding.Command.ListReminders;
import io.vectort.assistant.understanding.Command.ListTasks;
import io.vectort.assistant.understanding.Command.NotUnderstood;
import io.vectort.assistant.understanding.Command.Remember;
import io.vectort.assistant.understanding.Command.WhatsNext;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Understands Assistant messages in English and French without any AI provider: fixed rules,
 * the same answer for the same message and time, and "not understood" rather than a guess.
 * Replies built on it must say it is not AI. The grammar is documented in docs/ASSISTANT.md.
 */
@Component
public class CommandUnderstander {

    /** A message without a verb becomes a task only when it is this short ("buy milk", "dentist friday"). */
    static final int MAX_WORDS_OF_A_BARE_TASK = 8;

    /**
     * Commands are short; longer messages are chat or pasted text, and the rules (which rescan the
     * text once per way of saying a time) would spend milliseconds on them for nothing.
     */
    static final int MAX_LENGTH = 500;

    private static final Set<String> TOO_VAGUE_TO_FORGET =
            Set.of("it", "that", "this", "ca", "cela", "tout", "everything", "all", "rien", "nothing");

    /**
     * @param message what the user typed, as is
     * @param now the current time in the user's time zone; relative times are counted from it
     */
    public Command understand(String message, ZonedDateTime now) {
        NormalizedText text = NormalizedText.of(message);
        Language language = LanguageGuess.of(text);
        if (message.length() > MAX_LENGTH) {
            return new NotUnderstood(language, message.strip());
        }
        String folded = text.text();
        if (folded.isEmpty()) {
            return message.contains("?") ? new Help(language) : new NotUnderstood(language, message.strip());
        }
        return new Message(text, language, now, bodyStart(folded), bodyEnd(folded)).understand();
    }

    /** The label replies built on this understander must carry: it is not AI. */
    public static String notAiLabel(Language language) {
        return language == Language.FR ? "Commandes simples, sans IA" : "Simple commands, no AI";
    }

    private static int bodyStart(String folded) {
        Matcher opening = Intents.OPENING.matcher(folded);
        return opening.lookingAt() && opening.end() < folded.length() ? opening.end() : 0;
    }

    private static int bodyEnd(String folded) {
        Matcher closing = Intents.CLOSING.matcher(folded);
        return closing.find() && closing.start() > 0 ? closing.start() : folded.length();
    }

    /** One message being understood: its folded body is {@code [start, end)}. */
    private record Message(NormalizedText text, Language language, ZonedDateTime now, int start, int end) {

        Command understand() {
            if (whole(Intents.HELP)) {
                return new Help(language);
            }
            if (whole(Intents.LIST_REMINDERS)) {
                return new ListReminders(language);
            }
            if (whole(Intents.LIST_TASKS)) {
                return new ListTasks(language);
            }
            if (whole(Intents.WHATS_NEXT)) {
                return new WhatsNext(language);
            }
            return completion()
                    .or(() -> verbEnd(Intents.REMIND).map(this::reminder))
                    .or(() -> verbEnd(Intents.SNOOZE).map(this::snooze))
                    .or(() -> verbEnd(Intents.REMEMBER).map(this::remember))
                    .or(() -> verbEnd(Intents.FORGET).map(this::forget))
                    .or(() -> verbEnd(Intents.TASK).map(from -> task(from, true)))
                    .orElseGet(() -> task(start, false));
        }

        private boolean whole(Pattern pattern) {
            return pattern.matcher(text.text()).region(start, end).matches();
        }

        /** Where the verb ends: at the start, or right after leading time words ("demain rappelle-moi"). */
        private Optional<Integer> verbEnd(Pattern pattern) {
            Matcher matcher = pattern.matcher(text.text()).region(start, end);
            if (matcher.lookingAt()) {
                return Optional.of(matcher.end());
            }
            int lead = afterLeadingTimeWords();
            return lead > start && matcher.region(lead, end).lookingAt()
                    ? Optional.of(matcher.end())
                    : Optional.empty();
        }

        private int afterLeadingTimeWords() {
            List<When.Span> spans = new ArrayList<>(when(start, false).spans);
            spans.sort(Comparator.comparingInt(When.Span::start));
            int position = start;
            for (When.Span span : spans) {
                if (span.start() > position + 1) {
                    break;
                }
                position = span.end();
            }
            while (position < end && text.text().charAt(position) == ' ') {
                position++;
            }
            return position;
        }

        private Optional<Command> completion() {
            Matcher byNumber = Intents.DONE_BY_NUMBER.matcher(text.text()).region(start, end);
            if (byNumber.matches()) {
                int group = byNumber.group(1) != null ? 1 : 2;
                return Optional.of(completed(byNumber.start(group), byNumber.end(group)));
            }
            Matcher suffix = Intents.DONE_SUFFIX.matcher(text.text()).region(start, end);
            if (suffix.matches()) {
                int group = suffix.group(1) != null ? 1 : 2;
                return Optional.of(completed(suffix.start(group), suffix.end(group)));
            }
            return verbEnd(Intents.DONE).map(from -> completed(from, end));
        }

        private Command completed(int from, int to) {
            String reference = Leftover.reference(text.originalOf(from, to));
            return new CompleteTask(language, reference.isEmpty() ? Optional.empty() : Optional.of(reference));
        }

        private Command reminder(int from) {
            When when = when(start, false);
            String title = Leftover.of(text, from, end, when.spans);
            if (title.isEmpty()) {
                // "remind me in 10 min", "rappelle-moi plus tard": about the reminder at hand.
                return Snoozes.of(language, when, Optional.empty(), now, Schedule.LATER);
            }
            return Reminders.of(language, title, when, now);
        }

        private Command snooze(int from) {
            When when = when(start, true);
            String reference = Leftover.reference(Leftover.of(text, from, end, when.spans));
            return Snoozes.of(
                    language,
                    when,
                    reference.isEmpty() ? Optional.empty() : Optional.of(reference),
                    now,
                    Schedule.SNOOZE);
        }

        private Command remember(int from) {
            String fact = Leftover.trim(text.originalOf(from, end));
            return fact.isEmpty() ? notUnderstood() : new Remember(language, fact);
        }

        private Command forget(int from) {
            String about = Leftover.trim(text.originalOf(from, end));
            String folded = NormalizedText.of(about).text();
            if (about.isEmpty() || TOO_VAGUE_TO_FORGET.contains(folded)) {
                return notUnderstood();
            }
            return new Forget(language, about);
        }

        /** A task; without a verb only when it looks like one ("buy milk"), never chat or a question. */
        private Command task(int from, boolean saidSo) {
            When when = when(start, false);
            var cuts = new ArrayList<>(when.spans);
            Matcher toMyList = Intents.TO_MY_LIST.matcher(text.text()).region(from, end);
            while (toMyList.find()) {
                cuts.add(new When.Span(toMyList.start(), toMyList.end()));
            }
            String title = Leftover.of(text, from, end, cuts);
            if (title.isEmpty()) {
                return saidSo || when.isEmpty() || when.recurrence != null
                        ? notUnderstood()
                        : Snoozes.of(language, when, Optional.empty(), now, Schedule.LATER);
            }
            if (!saidSo && !looksLikeATask(title)) {
                return notUnderstood();
            }
            if (when.recurrence != null || (!saidSo && when.hasMoment())) {
                return Reminders.of(language, title, when, now);
            }
            return new AddTask(language, title, Schedule.due(when, now));
        }

        private boolean looksLikeATask(String title) {
            String folded = NormalizedText.of(title).text();
            return !text.original().contains("?")
                    && !Intents.SMALL_TALK
                            .matcher(text.text())
                            .region(start, end)
                            .matches()
                    && !Intents.QUESTION_OR_SELF.matcher(folded).lookingAt()
                    && folded.split(" ").length <= MAX_WORDS_OF_A_BARE_TASK;
        }

        private When when(int from, boolean bareAmounts) {
            var when = new When(now.toLocalDate(), language, DateOrder.monthFirst(language, now.getZone()));
            return WhenParser.parse(text.text(), from, end, when, bareAmounts);
        }

        private Command notUnderstood() {
            return new NotUnderstood(language, text.original().strip());
        }
    }
}
