package dk.laerepladsklar.careerplan.boundary;

import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.ProfileLink;
import dk.laerepladsklar.careerplan.entity.ProfileStrength;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student's one-page profile: its words, whether and when it was published or withdrawn, and every link it was
 * shared with (never the secret, which is not kept) with its views. The photo or film of the work is a media store
 * file, which the store exports and erases itself. Erasing deletes the links and the profile, so every shared link
 * stops working at once. Named so it comes before the plan ({@code careerplan}), whose erasure would take the
 * profile with it (the database cascades) before its links and views could be counted here.
 */
@ApplicationScoped
public class CareerProfilePersonalData implements PersonalData {

    static final String MODULE = "career-profile";

    @PersistenceContext
    EntityManager em;
    @Inject
    CareerProfiles profiles;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        Optional<CareerProfile> profile = profiles.find(student);
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("profiles", profile.isPresent() ? 1L : 0L);
        held.put("profile_links", profile.map(p -> (long) profiles.links(p).size()).orElse(0L));
        held.put("profile_link_views", profile.map(p -> profiles.links(p).stream()
                .mapToLong(ProfileLink::getViewCount).sum()).orElse(0L));
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        Optional<CareerProfile> found = profiles.find(student);
        if (found.isEmpty()) {
            return new Section(Map.of(), List.of());
        }
        CareerProfile profile = found.get();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shown_name", profile.getShownName());
        json.put("trade", profile.getTrade());
        json.put("area", profile.getArea());
        json.put("contact", profile.getContact());
        List<Map<String, Object>> strengths = new ArrayList<>();
        for (ProfileStrength s : profile.getStrengths()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("strength", s.getStrength());
            one.put("example", s.getExample());
            strengths.add(one);
        }
        json.put("strengths", strengths);
        json.put("work_media_id", profile.getWorkMediaId());
        json.put("published", profile.isPublished());
        json.put("published_at", profile.getPublishedAt());
        json.put("withdrawn_at", profile.getWithdrawnAt());
        json.put("created_at", profile.getCreatedAt());
        json.put("updated_at", profile.getUpdatedAt());
        List<Map<String, Object>> links = new ArrayList<>();
        for (ProfileLink link : profiles.links(profile)) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("created_at", link.getCreatedAt());
            l.put("expires_at", link.getExpiresAt());
            l.put("revoked_at", link.getRevokedAt());
            l.put("revoked_by", link.getRevokedBy());
            l.put("views", link.getViewCount());
            l.put("last_view_at", link.getLastViewAt());
            links.add(l);
        }
        json.put("shared_links", links);
        return new Section(Map.of("profile", json), List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>(held(student));
        profiles.find(student).ifPresent(profile -> {
            em.createQuery("delete from ProfileLink l where l.profileId = :profile")
                    .setParameter("profile", profile.getId()).executeUpdate();
            em.remove(profile);
        });
        return erased;
    }
}
