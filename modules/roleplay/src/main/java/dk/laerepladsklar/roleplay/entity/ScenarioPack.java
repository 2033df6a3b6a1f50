package dk.laerepladsklar.roleplay.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scenarios of one pack version, per language, in the pack's order. Danish is the default: a language the pack
 * does not have gets Danish.
 */
public record ScenarioPack(int version, Map<String, List<Scenario>> byLanguage) {

    public static final String DEFAULT_LANGUAGE = "da";

    public ScenarioPack {
        byLanguage = Map.copyOf(byLanguage);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public String languageFor(Locale locale) {
        String language = locale == null ? DEFAULT_LANGUAGE : locale.getLanguage();
        return byLanguage.containsKey(language) ? language : DEFAULT_LANGUAGE;
    }

    public List<Scenario> scenarios(Locale locale) {
        return byLanguage.getOrDefault(languageFor(locale), List.of());
    }

    public Optional<Scenario> scenario(String id, Locale locale) {
        return scenarios(locale).stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
