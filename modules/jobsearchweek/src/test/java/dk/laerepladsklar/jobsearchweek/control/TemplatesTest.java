package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.jobsearchweek.entity.WeekTemplate;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates read in both languages, hold the same programme, and refer only to offers the tool has: the
 * teaching modules of the content pack, the role-play scenarios of the scenario pack and the career plan's offers,
 * read from those modules' sources (this module may not depend on them).
 */
class TemplatesTest {

    private static final Path MODULES = Path.of("..");

    @Test
    void bothLanguagesHaveFiveDaysWithTheSameProgramme() {
        WeekTemplate da = ShippedTemplates.in("da");
        WeekTemplate en = ShippedTemplates.in("en");
        assertEquals("Jobsøgningsuge", da.name());
        assertEquals("Job-search week", en.name());
        assertEquals(WeekTemplate.Origin.SHIPPED, da.origin());
        for (WeekTemplate template : List.of(da, en)) {
            WeekProgramme p = template.programme();
            assertEquals(5, p.dayCount());
            assertEquals(5, p.themes().size());
            for (int day = 1; day <= 5; day++) {
                int d = day;
                assertTrue(p.sessions().stream().anyMatch(s -> s.day() == d), "sessions on day " + day);
            }
            assertTrue(p.sessions().stream().allMatch(s -> s.details().host() != null && s.details().place() != null
                    && s.details().bring() != null), "every session says where, who and what to bring");
            assertTrue(p.activities().stream().anyMatch(a -> a.isTask() && "https://www.laerepladsen.dk".equals(a.link())));
        }
        assertEquals(da.programme().sessions().size(), en.programme().sessions().size());
        assertEquals(da.programme().sessions().stream().map(s -> s.day() + " " + s.start() + "-" + s.end()).toList(),
                en.programme().sessions().stream().map(s -> s.day() + " " + s.start() + "-" + s.end()).toList());
        assertEquals(da.programme().activities().stream().map(a -> a.activity() + "@" + a.dueDay()).toList(),
                en.programme().activities().stream().map(a -> a.activity() + "@" + a.dueDay()).toList());
        assertEquals(LocalTime.of(8, 15), da.programme().sessions().get(0).start());
        assertEquals("en", ShippedTemplates.forLocale(Locale.ENGLISH).programme().title().startsWith("Job") ? "en" : "da");
        assertEquals("Jobsøgningsuge", ShippedTemplates.forLocale(Locale.GERMAN).name(), "Danish when no template in the language");
    }

    @Test
    void everyOfferATemplateNamesExistsInTheToolsPacks() throws IOException {
        Set<ActivityRef> known = knownOffers();
        assertTrue(known.contains(new ActivityRef("teaching-module", "application-and-cv")), "the packs are read: " + known);
        for (String language : ShippedTemplates.LANGUAGES) {
            List<ActivityRef> missing = missingOffers(ShippedTemplates.in(language).programme(), known);
            assertEquals(List.of(), missing, language);
        }
        assertTrue(ShippedTemplates.in("da").programme().activities().stream()
                .anyMatch(a -> !a.isTask() && a.activity().type().equals("role-play")), "a role-play is in the week");
        assertTrue(ShippedTemplates.in("da").programme().activities().stream()
                .anyMatch(a -> !a.isTask() && a.activity().type().equals("career-plan")), "the career plan is in the week");
    }

    @Test
    void aTemplateReferringToAnOfferThatDoesNotExistIsCaught() throws IOException {
        WeekProgramme wrong = ProgrammeJson.read("""
                {"title": "Uge", "days": [{"sessions": []}],
                 "activities": [{"activity": "teaching-module:no-such-module", "title": "Findes ikke", "due": 1},
                                {"activity": "role-play:first-call", "title": "Opkald", "due": 1}]}""");
        assertEquals(List.of(new ActivityRef("teaching-module", "no-such-module")), missingOffers(wrong, knownOffers()));
    }

    @Test
    void aProgrammeGoesToJsonAndBackUnchanged() {
        WeekProgramme shipped = ShippedTemplates.in("da").programme();
        assertEquals(shipped, ProgrammeJson.read(ProgrammeJson.write(shipped)));
    }

    @Test
    void aBrokenOrHostileTemplateIsRefusedAsAWhole() {
        for (String bad : List.of("", "[]", "{", "{\"title\": \"Uge\"}", "{\"title\": 5, \"days\": []}",
                "{\"title\": \"Uge\", \"days\": [{\"sessions\": [{\"start\": \"25:00\", \"end\": \"26:00\", \"title\": \"x\"}]}]}",
                "{\"title\": \"Uge\", \"days\": [], \"activities\": []}",
                "{\"title\": \"Uge\", \"days\": [{}], \"activities\": [{\"task\": \"x\", \"due\": 2}]}",
                "{\"title\": \"Uge\", \"days\": [{}], \"activities\": [{\"activity\": \"nope\", \"title\": \"x\", \"due\": 1}]}",
                "{\"title\": \"Uge\", \"days\": [{\"sessions\": [{\"start\": \"09:00\", \"end\": \"10:00\", \"title\": \"x\", "
                        + "\"link\": \"javascript:alert(1)\"}]}]}")) {
            assertThrows(WeekRefused.class, () -> ProgrammeJson.read(bad), bad);
        }
        StringBuilder many = new StringBuilder("{\"title\": \"Uge\", \"days\": [{\"sessions\": [");
        for (int i = 0; i < 200; i++) {
            many.append(i == 0 ? "" : ",").append("{\"start\": \"09:00\", \"end\": \"10:00\", \"title\": \"x\"}");
        }
        assertEquals("TEMPLATE_TOO_LARGE", assertThrows(WeekRefused.class,
                () -> ProgrammeJson.read(many.append("]}]}").toString())).reason());
    }

    static List<ActivityRef> missingOffers(WeekProgramme programme, Set<ActivityRef> known) {
        List<ActivityRef> missing = new ArrayList<>();
        programme.activities().stream().filter(a -> !a.isTask()).map(WeekProgramme.Activity::activity)
                .filter(ref -> !known.contains(ref)).forEach(missing::add);
        return missing;
    }

    /** The offers of the other activity types, from their modules' sources. */
    static Set<ActivityRef> knownOffers() throws IOException {
        Set<ActivityRef> known = new HashSet<>();
        for (String module : list("curriculum/src/main/resources/content-pack/v1/pack.json", "modules")) {
            known.add(new ActivityRef("teaching-module", module));
        }
        for (String scenario : list("roleplay/src/main/resources/scenario-pack/v1/pack.json", "scenarios")) {
            known.add(new ActivityRef("role-play", scenario));
        }
        Properties careerPlan = new Properties();
        try (Reader in = Files.newBufferedReader(MODULES.resolve(
                "careerplan/src/main/resources/dk/laerepladsklar/careerplan/messages.properties"))) {
            careerPlan.load(in);
        }
        careerPlan.stringPropertyNames().stream().filter(k -> k.matches("offer\\.[a-z0-9-]+\\.title"))
                .map(k -> new ActivityRef("career-plan", k.substring("offer.".length(), k.length() - ".title".length())))
                .forEach(known::add);
        assertFalse(known.isEmpty());
        return known;
    }

    private static List<String> list(String pack, String field) throws IOException {
        try (Reader in = Files.newBufferedReader(MODULES.resolve(pack))) {
            JsonArray names = Json.createReader(in).readObject().getJsonArray(field);
            return names.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
    }
}
