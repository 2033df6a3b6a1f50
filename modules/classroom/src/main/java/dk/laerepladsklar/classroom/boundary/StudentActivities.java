package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.classroom.entity.ActivityProgress;
import dk.laerepladsklar.kernel.activity.ActivityOffer;
import dk.laerepladsklar.kernel.activity.ActivityStanding;
import dk.laerepladsklar.kernel.activity.ActivityType;
import dk.laerepladsklar.kernel.activity.ActivityTypes;
import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.activity.Placements;
import dk.laerepladsklar.kernel.activity.StudentState;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mit forløb": the activities of the course of a launch (its platform and course, placements the LMS uses), each
 * with how far the student of that launch is. The activity counts its own parts and names the next one
 * ({@link ActivityType#standing}); where a type cannot, the class overview's record gives the state and the share
 * done. Only ever the launch's own student: nothing here takes a student from outside.
 */
@ApplicationScoped
public class StudentActivities {

    @Inject
    Placements placements;
    @Inject
    ProgressLedger ledger;
    @Inject
    ActivityTypes types;

    /**
     * One activity as the student's page shows it.
     *
     * @param title     in the launch's language when the activity offers it, else as placed
     * @param partsDone null when the activity does not count parts
     * @param next      the next part's title; null when done or not known
     * @param page      the application path of the activity's student page (without the launch context)
     * @param result    what came of the work, as the activity says it ("Vurderet: 9 af 12"); null when it says nothing
     */
    public record Item(UUID placementId, String title, StudentState state, Integer partsDone, Integer parts, int percent,
                       String next, String page, String result) implements Serializable {
    }

    public List<Item> of(LaunchContext launch) {
        if (launch.course() == null) {
            return List.of();
        }
        List<Placement> placed = placements.inContext(launch.platform(), launch.course().id());
        Map<UUID, ActivityProgress> recorded = ledger.ofStudent(placed.stream().map(Placement::getId).toList(),
                launch.actor().subject());
        List<Item> items = new ArrayList<>();
        for (Placement placement : placed) {
            Optional<ActivityType> type = types.find(placement.getActivity().type());
            if (type.isEmpty()) {
                continue; // an activity this installation no longer has: nothing to open
            }
            String title = types.offer(placement.getActivity(), launch.locale()).map(ActivityOffer::title)
                    .orElse(placement.getTitle());
            ActivityProgress record = recorded.get(placement.getId());
            Optional<ActivityStanding> standing = type.get().standing(placement, launch);
            items.add(standing.map(s -> new Item(placement.getId(), title, s.state(), s.partsDone(), s.parts(),
                            s.percentDone(), s.next(), type.get().studentPage(placement), s.result()))
                    .orElseGet(() -> new Item(placement.getId(), title, StudentState.of(record == null ? null : record.getState()),
                            null, null, record == null ? 0 : (int) Math.round(record.getFractionDone() * 100), null,
                            type.get().studentPage(placement), null)));
        }
        return items;
    }
}
