package io.vectort.assistant.email;

import io.vectort.assistant.settings.CheckInKind;
import io.vectort.assistant.understanding.Language;
import io.vectort.identity.mail.MailContent;
import io.vectort.identity.mail.MailTemplate;
import io.vectort.identity.mail.Mailer;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words of the Assistant's emails, in English or French: a short subject that says what it is
 * about, the thing itself, one link to the Assistant and one line on how to turn these emails off.
 * Calm on purpose: the gentler repeat says "still on your list", never "overdue" or "missed".
 */
@Component
class NudgeEmails {

    private static final int SUBJECT_TEXT_MAX = 60;

    private final Mailer mailer;
    private final MailTemplate english = MailTemplate.load("assistant-nudge-en");
    private final MailTemplate french = MailTemplate.load("assistant-nudge-fr");

    NudgeEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    MailContent reminder(Language language, String text, int escalationStep) {
        String oneLine = MailTemplate.oneLine(text);
        boolean fr = language == Language.FR;
        String subject;
        String lead;
        if (escalationStep == 0) {
            subject = (fr ? "Rappel : " : "Reminder: ") + shortened(oneLine);
            lead = fr ? "Un petit rappel :" : "A quick reminder:";
        } else {
            subject = (fr ? "Toujours sur votre liste : " : "Still on your list: ") + shortened(oneLine);
            lead = fr
                    ? "Toujours sur votre liste, sans pression. Quand vous pourrez :"
                    : "Still on your list, no pressure. Whenever you can:";
        }
        return render(language, subject, lead, oneLine);
    }

    MailContent checkIn(Language language, CheckInKind kind, String text) {
        boolean fr = language == Language.FR;
        String subject = switch (kind) {
            case MORNING_PLAN -> fr ? "Votre plan du jour" : "Your plan for today";
            case EVENING_REVIEW -> fr ? "Votre journée en bref" : "Your day in short";
        };
        String lead = switch (kind) {
            case MORNING_PLAN -> fr ? "Bonjour ! Voici votre journée :" : "Good morning! Here is your day:";
            case EVENING_REVIEW -> fr ? "Bonsoir. Votre journée :" : "Good evening. Your day:";
        };
        return render(language, subject, lead, text.strip());
    }

    private MailContent render(Language language, String subject, String lead, String body) {
        return (language == Language.FR ? french : english)
                .render(
                        subject,
                        Map.of(
                                "lead",
                                lead,
                                "body",
                                body,
                                "assistantLink",
                                mailer.link("/assistant").toString(),
                                "settingsLink",
                                mailer.link("/assistant/settings").toString()));
    }

    private static String shortened(String text) {
        return text.length() <= SUBJECT_TEXT_MAX
                ? text
                : text.substring(0, SUBJECT_TEXT_MAX - 1).strip() + "…";
    }
}
