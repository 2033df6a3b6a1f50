package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.jobsearchweek.entity.WeekTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The programmes shipped with the tool, one per language (Danish and English), read from the module's JSON
 * resources. A teacher in another language gets the Danish one.
 */
public final class ShippedTemplates {

    public static final List<String> LANGUAGES = List.of("da", "en");
    static final String RESOURCE = "/dk/laerepladsklar/jobsearchweek/templates/week-%s.json";

    private ShippedTemplates() {
    }

    /** The shipped template in the language, Danish when the language has none. */
    public static WeekTemplate forLocale(Locale locale) {
        String language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "da";
        return in(language);
    }

    public static WeekTemplate in(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No shipped template in " + language);
        }
        String json = resource(String.format(RESOURCE, language));
        var programme = ProgrammeJson.read(json);
        return new WeekTemplate(idOf(language), programme.title(), WeekTemplate.Origin.SHIPPED, programme);
    }

    public static String idOf(String language) {
        return "shipped-" + language;
    }

    private static String resource(String path) {
        try (InputStream in = ShippedTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
