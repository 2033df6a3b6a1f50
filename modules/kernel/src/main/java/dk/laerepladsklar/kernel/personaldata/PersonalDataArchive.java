package dk.laerepladsklar.kernel.personaldata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One student's export as one zip: {@code student.json} first (who, when, and one section per capability, plus an
 * index of the files), then the files under {@code files/<module>/}. File names come from what students uploaded, so
 * every name is cleaned here: no folder may climb out ({@code ..}), start at the root, or carry control characters,
 * and two files never share a name.
 */
public final class PersonalDataArchive {

    public static final String FORMAT = "laerepladsklar-personal-data/1";
    public static final String STUDENT_JSON = "student.json";
    static final int MAX_SEGMENT = 100;
    static final int MAX_DEPTH = 4;

    private PersonalDataArchive() {
    }

    /**
     * Writes the zip; the stream stays open (the caller owns it).
     *
     * @param sections per capability (by {@link PersonalData#module()}), written in name order
     */
    public static void write(StudentRef student, Map<String, PersonalData.Section> sections, Instant at, OutputStream out)
            throws IOException {
        Map<String, PersonalData.Section> ordered = new TreeMap<>(sections);
        ordered.keySet().forEach(PersonalDataArchive::checkModule);
        List<Map<String, Object>> index = new ArrayList<>();
        List<Placed> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, PersonalData.Section> section : ordered.entrySet()) {
            for (PersonalData.StudentFile file : section.getValue().files()) {
                String path = unique(entryName(section.getKey(), file.name()), taken);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("module", section.getKey());
                entry.put("name", file.name());
                entry.put("path", path);
                entry.put("content_type", file.contentType());
                entry.put("size_bytes", file.size());
                index.add(entry);
                files.add(new Placed(path, file));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("exported_at", at);
        json.put("platform_id", student.platform().value());
        json.put("subject", student.subject());
        Map<String, Object> modules = new LinkedHashMap<>();
        ordered.forEach((module, section) -> modules.put(module, section.data()));
        json.put("modules", modules);
        json.put("files", index);

        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        zip.putNextEntry(entry(STUDENT_JSON, at));
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(writer)) {
            value(generator, null, json);
        } // closing the generator flushes the writer into the entry; the zip stays open
        zip.closeEntry();
        for (Placed file : files) {
            zip.putNextEntry(entry(file.path(), at));
            try (java.io.InputStream in = file.file().opener().open()) {
                in.transferTo(zip); // streamed: a recording is never held whole in memory
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** {@code files/<module>/<clean name>}: each folder and the name cleaned, never climbing out of the folder. */
    static String entryName(String module, String name) {
        checkModule(module);
        List<String> segments = new ArrayList<>();
        for (String raw : (name == null ? "" : name).split("[/\\\\]")) {
            String segment = clean(raw);
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            segments.add("file");
        }
        while (segments.size() > MAX_DEPTH) {
            segments.remove(0); // keep the file's own name and its nearest folders
        }
        return "files/" + module + "/" + String.join("/", segments);
    }

    /** Letters, digits, dot, dash, underscore and space; no leading dots (so no {@code ..}), at most 100 characters. */
    private static String clean(String segment) {
        String cleaned = segment.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        cleaned = cleaned.replaceFirst("^[. ]+", "");
        if (cleaned.length() > MAX_SEGMENT) {
            cleaned = cleaned.substring(cleaned.length() - MAX_SEGMENT).replaceFirst("^[. ]+", "");
        }
        return cleaned;
    }

    private static String unique(String path, Set<String> taken) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        boolean extension = dot > path.lastIndexOf('/') + 1;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = extension ? path.substring(0, dot) + "-" + n + path.substring(dot) : path + "-" + n;
        }
        return candidate;
    }

    private static void checkModule(String module) {
        if (module == null || !module.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("Not a module name: " + module);
        }
    }

    private static ZipEntry entry(String name, Instant at) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(at.toEpochMilli());
        return entry;
    }

    private static void value(JsonGenerator json, String name, Object value) {
        Object v = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (v == null) {
            if (name == null) json.writeNull(); else json.writeNull(name);
        } else if (v instanceof Map<?, ?> map) {
            if (name == null) json.writeStartObject(); else json.writeStartObject(name);
            map.forEach((key, item) -> value(json, String.valueOf(key), item));
            json.writeEnd();
        } else if (v instanceof Collection<?> || v instanceof Object[]) {
            if (name == null) json.writeStartArray(); else json.writeStartArray(name);
            for (Object item : v instanceof Collection<?> c ? c : java.util.Arrays.asList((Object[]) v)) {
                value(json, null, item);
            }
            json.writeEnd();
        } else if (v instanceof Boolean b) {
            if (name == null) json.write(b); else json.write(name, b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long l = ((Number) v).longValue();
            if (name == null) json.write(l); else json.write(name, l);
        } else if (v instanceof BigDecimal || v instanceof BigInteger) {
            BigDecimal d = v instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) v;
            if (name == null) json.write(d); else json.write(name, d);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                if (name == null) json.write(d); else json.write(name, d);
            } else {
                value(json, name, null);
            }
        } else {
            String text = v.toString(); // times, ids, enums: as text
            if (name == null) json.write(text); else json.write(name, text);
        }
    }

    private record Placed(String path, PersonalData.StudentFile file) {
    }

    /** Lets the zip and the JSON writer finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
