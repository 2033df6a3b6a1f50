package dk.laerepladsklar.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's texts exist in both languages: each key of a Danish bundle ({@code messages.properties}) has an
 * English one ({@code messages_en.properties}) and the other way round, and a sentence with placeholders has the same
 * placeholders in both, so an English page never shows a Danish sentence or a raw "{0}". Read from the sources of every
 * module, so a new module is checked as soon as it has a bundle.
 */
class BundlesTest {

    private static final Path ROOT = Path.of("..", "..");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyDanishTextHasAnEnglishOneWithTheSamePlaceholders() throws IOException {
        List<Path> bundles = danishBundles();
        assertTrue(bundles.size() >= 8, "the modules' bundles are found: " + bundles);
        List<String> problems = new ArrayList<>();
        for (Path danish : bundles) {
            Path english = danish.resolveSibling("messages_en.properties");
            assertTrue(Files.exists(english), "an English bundle beside " + danish);
            Properties da = load(danish);
            Properties en = load(english);
            Set<String> onlyDanish = new TreeSet<>(da.stringPropertyNames());
            onlyDanish.removeAll(en.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(da.stringPropertyNames());
            onlyDanish.forEach(k -> problems.add(danish + ": no English text for " + k));
            onlyEnglish.forEach(k -> problems.add(english + ": no Danish text for " + k));
            for (String key : da.stringPropertyNames()) {
                if (en.containsKey(key) && !placeholders(da.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                    problems.add(danish + ": " + key + " has other placeholders in English");
                }
                if (da.getProperty(key).isBlank()) {
                    problems.add(danish + ": " + key + " is empty");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aTextWithoutItsEnglishTwinIsFound() {
        Properties da = new Properties();
        da.setProperty("a", "Hej {0}");
        Properties en = new Properties();
        en.setProperty("a", "Hello");
        assertFalse(placeholders(da.getProperty("a")).equals(placeholders(en.getProperty("a"))));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> danishBundles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("modules")), Files.walk(ROOT.resolve("lti-tool")))) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
