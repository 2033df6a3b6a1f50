package dk.laerepladsklar.kernel.personaldata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PersonalDataArchiveTest {

    private static final StudentRef ALI = new StudentRef(new PlatformId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001")), "17");
    private static final Instant AT = Instant.parse("2026-12-02T10:15:30Z");
    private static final byte[] PDF = "%PDF-1.4 cv".getBytes(StandardCharsets.US_ASCII);

    @Test
    void studentJsonComesFirstWithASectionPerModuleAndTheFilesFollowUnderTheirModule() throws IOException {
        Map<String, Object> curriculum = new LinkedHashMap<>();
        curriculum.put("reflection", "Jeg vil ringe til tre mestre. \"Citat\" og æøå");
        curriculum.put("score", 75.0);
        curriculum.put("attempts", 2);
        curriculum.put("done", true);
        curriculum.put("completed_at", AT);
        curriculum.put("placement_id", UUID.fromString("00000000-0000-4000-8000-0000000000aa"));
        curriculum.put("nothing", null);
        curriculum.put("not_a_number", Double.NaN);
        curriculum.put("steps", List.of(Map.of("step_id", "cv-upload"), Map.of("step_id", "proud-of")));
        Map<String, PersonalData.Section> sections = new LinkedHashMap<>();
        sections.put("gradebook", new PersonalData.Section(Map.of("score_deliveries", List.of()), List.of()));
        sections.put("curriculum", new PersonalData.Section(curriculum,
                List.of(new PersonalData.StudentFile("application-and-cv/cv-upload/cv.pdf", "application/pdf", PDF))));

        Archive zip = zip(sections);

        assertEquals(List.of("student.json", "files/curriculum/application-and-cv/cv-upload/cv.pdf"), zip.names());
        assertArrayEquals(PDF, zip.content("files/curriculum/application-and-cv/cv-upload/cv.pdf"));
        JsonObject json = zip.json();
        assertEquals(PersonalDataArchive.FORMAT, json.getString("format"));
        assertEquals("17", json.getString("subject"));
        assertEquals(ALI.platform().value().toString(), json.getString("platform_id"));
        assertEquals("2026-12-02T10:15:30Z", json.getString("exported_at"));
        assertEquals(List.of("curriculum", "gradebook"), new ArrayList<>(json.getJsonObject("modules").keySet()), "in name order");
        JsonObject section = json.getJsonObject("modules").getJsonObject("curriculum");
        assertEquals("Jeg vil ringe til tre mestre. \"Citat\" og æøå", section.getString("reflection"));
        assertEquals(75.0, section.getJsonNumber("score").doubleValue());
        assertEquals(2, section.getInt("attempts"));
        assertTrue(section.getBoolean("done"));
        assertEquals("2026-12-02T10:15:30Z", section.getString("completed_at"));
        assertEquals("00000000-0000-4000-8000-0000000000aa", section.getString("placement_id"));
        assertTrue(section.isNull("nothing"));
        assertTrue(section.isNull("not_a_number"), "JSON has no NaN");
        assertEquals(2, section.getJsonArray("steps").size());
        JsonObject file = json.getJsonArray("files").getJsonObject(0);
        assertEquals("curriculum", file.getString("module"));
        assertEquals("files/curriculum/application-and-cv/cv-upload/cv.pdf", file.getString("path"));
        assertEquals("application/pdf", file.getString("content_type"));
        assertEquals(PDF.length, file.getInt("size_bytes"));
    }

    @Test
    void fileNamesCannotClimbOutOfTheirModulesFolder() throws IOException {
        List<String> hostile = List.of("../../../../etc/passwd", "/etc/shadow", "C:\\Windows\\..\\system.ini", "..", "",
                "a/../../b.txt", "..\\..\\x.pdf", "cv\u0000.pdf\u0007", " . /. ./...", "x".repeat(5000) + ".pdf",
                "a/b/c/d/e/f/g/deep.pdf");
        List<PersonalData.StudentFile> files = hostile.stream()
                .map(name -> new PersonalData.StudentFile(name, "application/pdf", PDF)).toList();

        Archive zip = zip(Map.of("curriculum", new PersonalData.Section(Map.of(), files)));

        assertEquals(hostile.size() + 1, zip.names().size(), "every file is there, each under its own name: " + zip.names());
        for (String name : zip.names().subList(1, zip.names().size())) {
            assertTrue(name.startsWith("files/curriculum/"), name);
            assertFalse(Arrays.asList(name.split("/")).contains(".."), name);
            assertFalse(Arrays.stream(name.split("/")).anyMatch(s -> s.isEmpty() || s.startsWith(".")), name);
            assertFalse(name.chars().anyMatch(Character::isISOControl), name);
            assertFalse(name.contains("\\") || name.contains(":"), name);
            assertTrue(Arrays.stream(name.split("/")).allMatch(s -> s.length() <= PersonalDataArchive.MAX_SEGMENT), name);
            assertTrue(name.split("/").length <= 2 + PersonalDataArchive.MAX_DEPTH, name);
        }
        assertEquals("files/curriculum/etc/passwd", PersonalDataArchive.entryName("curriculum", "../../../../etc/passwd"));
        assertEquals("files/curriculum/file", PersonalDataArchive.entryName("curriculum", ".."));
        assertEquals("files/curriculum/cv_.pdf_", PersonalDataArchive.entryName("curriculum", "cv\u0000.pdf\u0007"));
        assertTrue(PersonalDataArchive.entryName("curriculum", "x".repeat(5000) + ".pdf").endsWith(".pdf"));
    }

    @Test
    void twoFilesWithTheSameNameAreBothKept() throws IOException {
        Archive zip = zip(Map.of("curriculum", new PersonalData.Section(Map.of(), List.of(
                new PersonalData.StudentFile("cv.pdf", "application/pdf", PDF),
                new PersonalData.StudentFile("cv.pdf", "application/pdf", "second".getBytes(StandardCharsets.UTF_8)),
                new PersonalData.StudentFile("../cv.pdf", "application/pdf", "third".getBytes(StandardCharsets.UTF_8))))));

        assertEquals(List.of("student.json", "files/curriculum/cv.pdf", "files/curriculum/cv-2.pdf", "files/curriculum/cv-3.pdf"),
                zip.names());
        assertEquals("second", new String(zip.content("files/curriculum/cv-2.pdf"), StandardCharsets.UTF_8));
        assertEquals("files/curriculum/cv-3.pdf", zip.json().getJsonArray("files").getJsonObject(2).getString("path"));
        assertEquals("../cv.pdf", zip.json().getJsonArray("files").getJsonObject(2).getString("name"), "the name as it was kept");
    }

    @Test
    void aModuleNameMustBeASimpleFolderName() {
        assertThrows(IllegalArgumentException.class, () -> zip(Map.of("../x", new PersonalData.Section(Map.of(), List.of()))));
        assertThrows(IllegalArgumentException.class, () -> zip(Map.of("Curriculum", new PersonalData.Section(Map.of(), List.of()))));
    }

    @Test
    void theCallersStreamStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        PersonalDataArchive.write(ALI, Map.of(), AT, out);
        assertTrue(out.size() > 0);
    }

    private static Archive zip(Map<String, PersonalData.Section> sections) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PersonalDataArchive.write(ALI, sections, AT, out);
        return Archive.read(out.toByteArray());
    }

    private record Archive(List<String> names, Map<String, byte[]> contents) {
        static Archive read(byte[] bytes) throws IOException {
            List<String> names = new ArrayList<>();
            Map<String, byte[]> contents = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    names.add(entry.getName());
                    contents.put(entry.getName(), in.readAllBytes());
                }
            }
            return new Archive(names, contents);
        }

        byte[] content(String name) {
            return contents.get(name);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(new String(contents.get("student.json"), StandardCharsets.UTF_8))).readObject();
        }
    }
}
