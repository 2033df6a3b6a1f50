package dk.laerepladsklar.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.classroom.control.TeacherCodes;
import dk.laerepladsklar.lti.api.Delivery;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The codes the LTI layer and the gradebook write for a teacher to see (score answers, token and network failures,
 * the class list's problems, the outbox's own) are all ones the class page can explain: a new code without a
 * sentence fails here. Read from the classes and sources that write them, so the list cannot drift.
 */
class TeacherCodesCoverageTest {

    private static final Path ROOT = Path.of("..", "..");

    @Test
    void everyCodeTheLtiLayerWritesForScoresHasASentence() throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        codes.addAll(stringConstants("dk.laerepladsklar.lti.core.ags.ScoreAnswers"));
        codes.addAll(stringConstants("dk.laerepladsklar.lti.core.ags.AgsGradebook"));
        codes.removeIf(c -> c.contains("/") || c.contains("+")); // media types, not codes
        codes.add((String) Class.forName("dk.laerepladsklar.lti.core.net.PlatformUnreachable").getField("CODE").get(null));
        for (Object kind : Class.forName("dk.laerepladsklar.lti.core.services.TokenUnavailable$Kind").getEnumConstants()) {
            codes.add("TOKEN_" + kind); // the class list's "TOKEN_<kind>: detail"
        }
        for (Delivery.Outcome outcome : Delivery.Outcome.values()) {
            if (outcome != Delivery.Outcome.DELIVERED) {
                codes.add(outcome.name()); // written when a delivery has no reason of its own
            }
        }
        assertTrue(codes.contains("NOT_A_STUDENT") && codes.contains("TOKEN_REFUSED"), codes.toString());
        assertExplained(codes);
    }

    @Test
    void everyCodeTheClassListAndTheOutboxWriteHasASentence() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        codes.addAll(literals(ROOT.resolve("lti-tool/lti-core/src/main/java/dk/laerepladsklar/lti/core/nrps/NrpsRoster.java"),
                Pattern.compile("new RosterUnavailable\\(\"([A-Z_]+)")));
        codes.addAll(literals(ROOT.resolve("modules/gradebook/src/main/java/dk/laerepladsklar/gradebook"),
                Pattern.compile("\"([A-Z][A-Z_]{5,})\"")));
        codes.addAll(literals(ROOT.resolve("modules/classroom/src/main/java/dk/laerepladsklar/classroom/boundary"),
                Pattern.compile("\"(NO_[A-Z_]+)\"")));
        codes.addAll(literals(ROOT.resolve("modules/kernel/src/main/java/dk/laerepladsklar/kernel/roster"),
                Pattern.compile("\"(NO_[A-Z_]+)\"")));
        codes.removeIf(c -> c.startsWith("LPK_")); // settings, not codes
        codes.removeIf(c -> c.endsWith("_")); // a prefix ("TOKEN_" + kind): its codes are checked from the kinds
        assertTrue(codes.contains("NO_GRADEBOOK_COLUMN") && codes.contains("NO_ROSTER_SERVICE") && codes.contains("TOO_MANY_PAGES"),
                codes.toString());
        assertExplained(codes);
    }

    private static void assertExplained(Set<String> codes) {
        List<String> missing = codes.stream().filter(c -> TeacherCodes.symbol(c).equals(TeacherCodes.UNKNOWN)).toList();
        assertEquals(List.of(), missing, "codes a teacher can see without a sentence in the classroom bundle");
    }

    private static Set<String> stringConstants(String className) throws ClassNotFoundException, IllegalAccessException {
        Set<String> constants = new LinkedHashSet<>();
        for (Field field : Class.forName(className).getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                constants.add((String) field.get(null));
            }
        }
        return constants;
    }

    private static Set<String> literals(Path where, Pattern pattern) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> walk = Files.walk(where)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        } else {
            files.add(where);
        }
        assertTrue(!files.isEmpty() && Files.exists(files.get(0)), "reads the sources at " + where.toAbsolutePath());
        Set<String> found = new LinkedHashSet<>();
        for (Path file : files) {
            Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }
}
