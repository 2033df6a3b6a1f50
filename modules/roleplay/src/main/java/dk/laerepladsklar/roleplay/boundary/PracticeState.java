package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.roleplay.entity.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * A read-only picture of one person's practice of one placed role-play, for the pages.
 *
 * @param path           the latest walk's choices, in order
 * @param currentNode    the node the walk is at (an end node when {@code walkFinished})
 * @param timesFinished  how often the conversation was walked to an end
 * @param preview        staff trying it: not reported, not listed
 */
public record PracticeState(String scenarioKey, List<Choice> path, String currentNode, boolean walkFinished,
                            int timesFinished, boolean preview) implements Serializable {
    public PracticeState {
        path = List.copyOf(path);
    }

    public boolean practised() {
        return timesFinished > 0;
    }
}
