package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.ApplicationStatus;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * How many applications a student sent, how many got them an interview, and how many an offer ("5 sendt · 1 samtale").
 * An application counts as an interview once called, even when it was rejected afterwards: the steps say so.
 */
public record ApplicationCounts(int sent, int interviews, int offers, int open) implements Serializable {

    public static ApplicationCounts of(Collection<JobApplication> applications, Collection<ApplicationStep> steps) {
        Set<UUID> interviewed = new HashSet<>();
        Set<UUID> offered = new HashSet<>();
        for (ApplicationStep s : steps) {
            if (s.getToStatus().reachedInterview()) {
                interviewed.add(s.getApplicationId());
            }
            if (s.getToStatus() == ApplicationStatus.OFFER || s.getToStatus() == ApplicationStatus.AGREEMENT_SIGNED) {
                offered.add(s.getApplicationId());
            }
        }
        int open = 0;
        for (JobApplication a : applications) {
            if (a.getStatus().reachedInterview()) {
                interviewed.add(a.getId());
            }
            if (a.getStatus() == ApplicationStatus.OFFER || a.getStatus() == ApplicationStatus.AGREEMENT_SIGNED) {
                offered.add(a.getId());
            }
            if (a.getStatus().isOpen()) {
                open++;
            }
        }
        Set<UUID> ids = new HashSet<>();
        applications.forEach(a -> ids.add(a.getId()));
        interviewed.retainAll(ids);
        offered.retainAll(ids);
        return new ApplicationCounts(applications.size(), interviewed.size(), offered.size(), open);
    }
}
