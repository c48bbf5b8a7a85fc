package io.vectort.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.understanding.Command.AddReminder;
import io.vectort.assistant.understanding.Command.AddTask;
import io.vectort.assistant.understanding.Command.NotUnderstood;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The documented rules for times and dates that could mean two things (docs/ASSISTANT.md). */
class AmbiguousTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final CommandUnderstander understander = new CommandUnderstander();

    @Test
    void aBareHourTodayIsTheNextTimeTheClockShowsIt() {
        assertThat(firstAt("remind me at 9 to call", "2026-03-27T10:15")).isEqualTo("2026-03-27T21:00");
        assertThat(firstAt("remind me at 9 to call", "2026-03-27T08:00")).isEqualTo("2026-03-27T09:00");
        assertThat(firstAt("remind me at 9 to call", "2026-03-27T22:00")).isEqualTo("2026-03-28T09:00");
    }

    @Test
    void aBareHourOnAnotherDayIsAWakingHour() {
        assertThat(firstAt("remind me tomorrow at 3 to call", "2026-03-27T10:15"))
                .isEqualTo("2026-03-28T15:00");
        assertThat(firstAt("remind me tomorrow at 7 to call", "2026-03-27T10:15"))
                .isEqualTo("2026-03-28T07:00");
        assertThat(firstAt("remind me friday at 6 to call", "2026-03-27T10:15")).isEqualTo("2026-04-03T18:00");
    }

    @Test
    void frenchHoursAreTwentyFourHourClockTimes() {
        assertThat(firstAt("rappelle-moi à 7h d'appeler", "2026-03-27T10:15")).isEqualTo("2026-03-28T07:00");
        assertThat(firstAt("rappelle-moi à 19h d'appeler", "2026-03-27T10:15")).isEqualTo("2026-03-27T19:00");
    }

    @Test
    void aLeadingZeroOrAnAmPmSettlesIt() {
        assertThat(firstAt("remind me at 07:30 to run", "2026-03-27T06:00")).isEqualTo("2026-03-27T07:30");
        assertThat(firstAt("remind me at 07:30 to run", "2026-03-27T10:15")).isEqualTo("2026-03-28T07:30");
        assertThat(firstAt("remind me at 9am to run", "2026-03-27T10:15")).isEqualTo("2026-03-28T09:00");
        assertThat(firstAt("remind me at 12am to run", "2026-03-27T10:15")).isEqualTo("2026-03-28T00:00");
    }

    @Test
    void aPartOfTheDayPicksTheReading() {
        assertThat(firstAt("remind me tomorrow morning at 8 to run", "2026-03-27T10:15"))
                .isEqualTo("2026-03-28T08:00");
        assertThat(firstAt("rappelle moi demain à 8 du soir de courir", "2026-03-27T10:15"))
                .isEqualTo("2026-03-28T20:00");
    }

    @Test
    void slashDatesAreDayFirstExceptInEnglishInTheAmericas() {
        assertThat(dueIn("add call the bank 04/05", PARIS)).isEqualTo("2026-05-04");
        assertThat(dueIn("ajoute appeler la banque 04/05", NEW_YORK)).isEqualTo("2026-05-04");
        assertThat(dueIn("add call the bank 04/05", NEW_YORK)).isEqualTo("2026-04-05");
        assertThat(dueIn("add call the bank 04/13", PARIS))
                .as("13 cannot be a month")
                .isEqualTo("2026-04-13");
        assertThat(dueIn("add call the bank 12/03", PARIS)).as("past this year").isEqualTo("2027-03-12");
    }

    @Test
    void aBareWeekdayIsTheNextOneAndThisWeekdayMayBeToday() {
        assertThat(firstAt("remind me friday at 17:00 to leave", "2026-03-27T10:15"))
                .isEqualTo("2026-04-03T17:00");
        assertThat(firstAt("remind me this friday at 17:00 to leave", "2026-03-27T10:15"))
                .isEqualTo("2026-03-27T17:00");
        assertThat(firstAt("remind me next saturday to shop", "2026-03-27T10:15"))
                .isEqualTo("2026-03-28T09:00");
    }

    @Test
    void aDayOfTheMonthTooLargeForThisMonthSkipsToTheNextMonthThatHasIt() {
        assertThat(dueIn(
                        "add pay the rent on the 31st",
                        ZonedDateTime.of(LocalDateTime.parse("2026-04-05T10:00"), PARIS)))
                .isEqualTo("2026-05-31");
    }

    @Test
    void wordsThatMerelyLookLikeTimesStayInTheTitle() {
        Command command = understander.understand("buy a 2 litre bottle", now("2026-03-27T10:15"));
        assertThat(command).isEqualTo(new AddTask(Language.EN, "buy a 2 litre bottle", java.util.Optional.empty()));
        Command french = understander.understand("acheter un cadeau pour mon frère", now("2026-03-27T10:15"));
        assertThat(french)
                .isEqualTo(new AddTask(Language.FR, "acheter un cadeau pour mon frère", java.util.Optional.empty()));
    }

    @Test
    void chatAndLongSentencesAreNotTurnedIntoTasks() {
        assertThat(understander.understand(
                        "honestly this week has been a lot and I am not sure", now("2026-03-27T10:15")))
                .isInstanceOf(NotUnderstood.class);
        assertThat(understander.understand("my sister is Léa", now("2026-03-27T10:15")))
                .as("facts are remembered only when asked")
                .isInstanceOf(NotUnderstood.class);
    }

    @Test
    void messagesLongerThanACommandAreNotParsed() {
        String pasted = "remind me to call the dentist tomorrow at 9 ".repeat(20);

        assertThat(understander.understand(pasted, now("2026-03-27T10:15")))
                .isEqualTo(new NotUnderstood(Language.EN, pasted.strip()));
    }

    @Test
    void repliesCanSayTheyAreNotAi() {
        assertThat(CommandUnderstander.notAiLabel(Language.EN)).contains("no AI");
        assertThat(CommandUnderstander.notAiLabel(Language.FR)).contains("sans IA");
    }

    private String firstAt(String message, String now) {
        Command command = understander.understand(message, now(now));
        assertThat(command).as(message).isInstanceOf(AddReminder.class);
        return ((AddReminder) command).firstAt().toLocalDateTime().toString();
    }

    private String dueIn(String message, ZoneId zone) {
        return dueIn(message, ZonedDateTime.of(LocalDateTime.parse("2026-03-27T10:15"), zone));
    }

    private String dueIn(String message, ZonedDateTime now) {
        Command command = understander.understand(message, now);
        assertThat(command).as(message).isInstanceOf(AddTask.class);
        return ((AddTask) command)
                .due()
                .map(due -> ((Due.OnDate) due).date().toString())
                .orElse("none");
    }

    private static ZonedDateTime now(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), PARIS);
    }
}
