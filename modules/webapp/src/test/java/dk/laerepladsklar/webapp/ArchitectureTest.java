package dk.laerepladsklar.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web application reaches the LTI layer through its admin port (lti-api) and its web edge (lti-web), never
 * through lti-core's internals: lti-core's entities, caches and JWT handling may change without touching a page.
 * The pom keeps lti-core off the compile classpath; this test keeps it out of the sources and the pages too
 * (a fully qualified name in code or an EL expression would otherwise slip past an import check).
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main");
    /** lti-core's package, as an import, a fully qualified name or in a page. */
    private static final Pattern LTI_CORE = Pattern.compile("\\bdk\\.laerepladsklar\\.lti\\.core\\b");

    @Test
    void noWebappSourceUsesLtiCore() {
        List<Path> sources = files(MAIN.resolve("java"), ".java");
        assertTrue(sources.stream().anyMatch(p -> p.endsWith(Path.of("webapp", "AdminView.java"))),
                "the test reads the webapp's sources: " + sources.size() + " found under " + MAIN.toAbsolutePath());

        List<String> offending = offenders(sources);

        assertEquals(List.of(), offending, "webapp classes must use the admin port (dk.laerepladsklar.lti.api.admin), "
                + "not lti-core");
    }

    @Test
    void noPageUsesLtiCore() {
        List<Path> pages = files(MAIN.resolve("webapp"), ".xhtml");
        assertTrue(pages.stream().anyMatch(p -> p.endsWith(Path.of("admin", "platforms.xhtml"))), "pages found: " + pages);

        assertEquals(List.of(), offenders(pages));
    }

    @Test
    void theCheckSeesAnImportAFullyQualifiedNameAndAStaticImport() {
        assertTrue(LTI_CORE.matcher("import dk.laerepladsklar.lti.core.registration.Registrations;").find());
        assertTrue(LTI_CORE.matcher("new dk.laerepladsklar.lti.core.Origins()").find());
        assertTrue(LTI_CORE.matcher("import static dk.laerepladsklar.lti.core.Installation.devMode;").find());
        assertFalse(LTI_CORE.matcher("import dk.laerepladsklar.lti.api.admin.PlatformAdministration;").find());
        assertFalse(LTI_CORE.matcher("import dk.laerepladsklar.lti.corex.Other;").find());
    }

    /** Each line that names lti-core, as {@code file:line: text}. */
    private static List<String> offenders(List<Path> files) {
        return files.stream().flatMap(file -> {
            List<String> lines = read(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> LTI_CORE.matcher(lines.get(i)).find())
                    .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }).toList();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
