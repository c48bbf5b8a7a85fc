package io.vectort.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.understanding.Command.AddReminder;
import io.vectort.assistant.understanding.Command.AddTask;
import io.vectort.assistant.understanding.Command.CompleteTask;
import io.vectort.assistant.understanding.Command.Forget;
import io.vectort.assistant.understanding.Command.Remember;
import io.vectort.assistant.understanding.Command.Snooze;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every phrasing of {@code assistant/commands.tsv} must give exactly its intent, language, text,
 * time and repetition. All differences are reported at once, so that a rule change shows its
 * whole effect.
 */
class CommandCorpusTest {

    /** A Friday, two days before Paris springs forward (2026-03-29 02:00 → 03:00). */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 27, 10, 15, 0, 0, ZoneId.of("Europe/Paris"));

    private final CommandUnderstander understander = new CommandUnderstander();

    @Test
    void understandsEveryPhrasingOfTheCorpusExactly() throws IOException {
        List<String[]> cases = corpus();
        List<String> failures = new ArrayList<>();
        for (String[] expected : cases) {
            Command command = understander.understand(expected[0], NOW);
            String[] actual = describe(expected[0], command);
            for (int column = 1; column < expected.length; column++) {
                if (!Objects.equals(expected[column], actual[column])) {
                    failures.add("%s%n    expected %s%n    actual   %s"
                            .formatted(expected[0], String.join(" | ", expected), String.join(" | ", actual)));
                    break;
                }
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(failures)
                .as("%d of %d phrasings misunderstood:%n%s", failures.size(), cases.size(), String.join("\n", failures))
                .isEmpty();
    }

    @Test
    void theCorpusIsAboutHalfEnglishAndHalfFrench() throws IOException {
        long french = corpus().stream().filter(line -> line[1].equals("fr")).count();
        long english = corpus().stream().filter(line -> line[1].equals("en")).count();
        assertThat(french).isGreaterThanOrEqualTo(english * 2 / 3);
        assertThat(english).isGreaterThanOrEqualTo(french * 2 / 3);
    }

    /** The columns of the corpus, for what the understander answered. */
    private static String[] describe(String message, Command command) {
        String text = "";
        String when = "";
        String rrule = "";
        switch (command) {
            case AddTask task -> {
                text = task.title();
                when = task.due().map(CommandCorpusTest::describe).orElse("");
            }
            case AddReminder reminder -> {
                text = reminder.text();
                when = local(reminder.firstAt());
                rrule = reminder.rrule().orElse("");
            }
            case Snooze snooze -> {
                text = snooze.reference().orElse("");
                when = switch (snooze.postponement()) {
                    case Postponement.By by -> by.duration().toString();
                    case Postponement.Until until -> local(until.at());
                };
            }
            case CompleteTask done -> text = done.reference().orElse("");
            case Remember remember -> text = remember.fact();
            case Forget forget -> text = forget.about();
            default -> {}
        }
        return new String[] {
            message, command.language().code(), command.getClass().getSimpleName(), text, when, rrule
        };
    }

    private static String describe(Due due) {
        return switch (due) {
            case Due.OnDate onDate -> onDate.date().toString();
            case Due.At at -> local(at.at());
        };
    }

    /** Local time in the user's zone; the zone itself must stay the user's. */
    private static String local(ZonedDateTime at) {
        assertThat(at.getZone()).isEqualTo(NOW.getZone());
        return at.toLocalDateTime().toString();
    }

    static List<String[]> corpus() throws IOException {
        try (InputStream in = CommandCorpusTest.class.getResourceAsStream("/assistant/commands.tsv")) {
            String content = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            return content.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        }
    }
}
