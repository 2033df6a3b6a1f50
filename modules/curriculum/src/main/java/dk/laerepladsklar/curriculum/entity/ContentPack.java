package dk.laerepladsklar.curriculum.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All teaching modules, in every language the pack has, in the pack's order. Danish is the default language:
 * a locale the pack does not have gets the Danish modules.
 */
public record ContentPack(int version, Map<String, List<TeachingModule>> modulesByLanguage, Set<String> images,
                          Map<String, List<SourceNote>> sources) {

    public static final String DEFAULT_LANGUAGE = "da";

    /** A pack without notes for its editors. */
    public ContentPack(int version, Map<String, List<TeachingModule>> modulesByLanguage, Set<String> images) {
        this(version, modulesByLanguage, images, Map.of());
    }

    public ContentPack {
        if (modulesByLanguage == null || !modulesByLanguage.containsKey(DEFAULT_LANGUAGE)) {
            throw new IllegalArgumentException("The content pack has no Danish modules");
        }
        Map<String, List<TeachingModule>> copy = new LinkedHashMap<>();
        modulesByLanguage.forEach((language, modules) -> copy.put(language, List.copyOf(modules)));
        modulesByLanguage = Map.copyOf(copy);
        images = images == null ? Set.of() : Set.copyOf(images);
        Map<String, List<SourceNote>> notes = new LinkedHashMap<>();
        if (sources != null) {
            sources.forEach((step, list) -> notes.put(step, List.copyOf(list)));
        }
        sources = Map.copyOf(notes);
    }

    /**
     * The editors' notes on where the rules of one step come from (empty when it has none). For editors and
     * tests only: no page shows them to students.
     */
    public List<SourceNote> sourcesOf(String language, String moduleId, String stepId) {
        return sources.getOrDefault(sourceKey(language, moduleId, stepId), List.of());
    }

    public static String sourceKey(String language, String moduleId, String stepId) {
        return language + "/" + moduleId + "#" + stepId;
    }

    /** The language of the pack that serves this locale: its language if the pack has it, else Danish. */
    public String languageFor(Locale locale) {
        String language = locale == null ? DEFAULT_LANGUAGE : locale.getLanguage();
        return modulesByLanguage.containsKey(language) ? language : DEFAULT_LANGUAGE;
    }

    public List<TeachingModule> modules(Locale locale) {
        return modulesByLanguage.get(languageFor(locale));
    }

    public Optional<TeachingModule> module(String id, Locale locale) {
        return modules(locale).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Set<String> languages() {
        return modulesByLanguage.keySet();
    }
}
