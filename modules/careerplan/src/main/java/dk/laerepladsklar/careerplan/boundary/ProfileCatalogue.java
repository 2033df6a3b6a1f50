package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaReadRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The school's catalogue of published profiles (the seeds' "elevmappe"), for those who follow the whole school
 * ({@code Access.mayFollowSchool}): its LMS administrators and the apprenticeship consultants they named, whatever
 * their role in the course they launched from, on their own school's platform only.
 * Only published profiles are in it, and of each only what the student chose to show companies; filtered by trade. The
 * photo or film of a listed profile's work may be seen by them too ({@link MediaReadRule}), and by nobody else through
 * this rule.
 */
@ApplicationScoped
public class ProfileCatalogue implements MediaReadRule {

    /** The catalogue's page: for the school's LMS administrators and consultants. */
    public static final String PAGE = "/careerplan/profiles.xhtml";
    public static final String TRADE_PARAMETER = "trade";

    @PersistenceContext
    EntityManager em;
    @Inject
    Access access;

    /** The school's published profiles, by trade and name; those of one trade when {@code trade} is not blank. */
    @Transactional
    public List<CareerProfile> published(LaunchContext launch, String trade) {
        if (!access.mayFollowSchool(launch, launch.platform())) {
            return List.of();
        }
        String wanted = trade == null ? "" : trade.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select p from CareerProfile p where p.platformId = :platform and p.published = true",
                        CareerProfile.class)
                .setParameter("platform", launch.platform().value()).getResultList().stream()
                .filter(p -> wanted.isEmpty() || p.getTrade().toLowerCase(Locale.ROOT).equals(wanted))
                .sorted(Comparator.comparing((CareerProfile p) -> p.getTrade().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.getShownName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The trades of the school's published profiles, for the filter. */
    @Transactional
    public List<String> trades(LaunchContext launch) {
        return published(launch, null).stream().map(CareerProfile::getTrade).filter(t -> !t.isEmpty())
                .map(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1))
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The work of a published profile of the reader's own school, for its administrators and consultants. */
    @Override
    @Transactional
    public boolean mayRead(MediaItem item, LaunchContext reader) {
        if (!CareerProfiles.PURPOSE.equals(item.purpose()) || !CareerProfiles.WORK_REFERENCE.equals(item.reference())
                || !reader.platform().equals(item.owner().platform())
                || !access.mayFollowSchool(reader, item.owner().platform())) {
            return false;
        }
        return !em.createQuery("select p.id from CareerProfile p where p.platformId = :platform "
                        + "and p.studentSubject = :subject and p.published = true and p.workMediaId = :item",
                        java.util.UUID.class)
                .setParameter("platform", item.owner().platform().value())
                .setParameter("subject", item.owner().subject()).setParameter("item", item.id())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
