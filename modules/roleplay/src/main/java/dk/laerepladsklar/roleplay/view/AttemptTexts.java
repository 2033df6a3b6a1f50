package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.Criterion;
import dk.laerepladsklar.roleplay.entity.Level;
import dk.laerepladsklar.roleplay.entity.Mark;
import dk.laerepladsklar.roleplay.entity.Prompt;
import dk.laerepladsklar.roleplay.entity.Scenario;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** What the student's and the teacher's pages both say about an attempt: levels by their labels, states, dates. */
final class AttemptTexts {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private AttemptTexts() {
    }

    static String level(Scenario scenario, Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return "";
        }
        return scenario.rubric().criteria().stream().filter(c -> c.id().equals(mark.get().getCriterionId()))
                .flatMap(c -> c.levels().stream()).filter(l -> l.points() == mark.get().getPoints()).findFirst()
                .map(l -> l.label() + " (" + l.points() + ")").orElse(String.valueOf(mark.get().getPoints()));
    }

    static String state(Attempt attempt, Locale locale) {
        return Messages.text(locale, "attempt.state." + attempt.getState().code());
    }

    static String when(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(DANISH_TIME).format(at);
    }

    static String promptText(Scenario scenario, String promptId) {
        return scenario.prompts().stream().filter(p -> p.id().equals(promptId)).map(Prompt::text).findFirst().orElse("");
    }

    static Optional<Criterion> criterion(Scenario scenario, String id) {
        return scenario.rubric().criteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static boolean isLevel(Level level, Optional<Mark> mark) {
        return mark.isPresent() && mark.get().getPoints() == level.points();
    }
}
