package dk.laerepladsklar.kernel.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every activity type the capabilities contribute (plain CDI: each is an {@link ActivityType} bean). */
@ApplicationScoped
public class ActivityTypes {

    @Inject
    Instance<ActivityType> types;

    public Optional<ActivityType> find(String id) {
        return types.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Everything a teacher can pick, type by type. */
    public List<ActivityOffer> offers(Locale locale) {
        return types.stream().flatMap(t -> t.offers(locale).stream()).toList();
    }

    public Optional<ActivityOffer> offer(ActivityRef ref, Locale locale) {
        return find(ref.type()).flatMap(t -> t.offer(ref.key(), locale));
    }
}
