package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.activity.StudentState;
import java.io.Serializable;
import java.time.Instant;

/**
 * One student's practice as their teacher sees it: the state in the words every page uses, how often they walked the
 * conversation to an end, and when they last practised. Not their choices: the practice is theirs to get wrong.
 */
public record PracticeSummary(String subject, String name, StudentState state, int timesFinished, boolean walking,
                              Instant lastAt) implements Serializable {
}
