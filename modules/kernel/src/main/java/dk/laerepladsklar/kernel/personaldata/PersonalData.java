package dk.laerepladsklar.kernel.personaldata;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one capability keeps about a student, to hand it over and to erase it. Each capability contributes one as an
 * {@code @ApplicationScoped} bean; the kernel finds them with {@code Instance<PersonalData>} (like activity types), so
 * a new capability is covered by the admin page and API as soon as it implements this.
 *
 * <p>Counts are keyed by a short kind of thing, e.g. {@code uploads}; the admin page labels known kinds and shows
 * others as they are.
 */
public interface PersonalData {

    /** The capability's short name ({@code [a-z0-9-]{1,40}}): its section in {@code student.json} and its folder under {@code files/}. */
    String module();

    /** How much is kept about the student, per kind; an empty map or zeros when nothing. */
    Map<String, Long> held(StudentRef student);

    /** Everything kept about the student: a JSON-able description and their files. */
    Section export(StudentRef student);

    /**
     * Deletes every row and file of the student this capability keeps (including what still waits to be sent for
     * them), within the caller's transaction, and forgets what it holds in memory about them.
     *
     * @return how many were deleted, per kind
     */
    Map<String, Long> erase(StudentRef student);

    /**
     * One capability's part of an export.
     *
     * @param data  maps, lists, strings, numbers, booleans and nulls; other values (times, ids, enums) are written as text
     * @param files the student's files; each name unique within the section, folders separated by {@code /}
     */
    record Section(Map<String, Object> data, List<StudentFile> files) {
        public Section {
            data = data == null ? Map.of() : data;
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * A file the student handed in, as it is stored: small files as bytes, large ones (recordings) as a way to open
     * them, so an export streams them into the zip instead of holding them in memory.
     */
    record StudentFile(String name, String contentType, long size, Opener opener) {
        public StudentFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(opener, "opener");
            contentType = contentType == null ? "application/octet-stream" : contentType;
        }

        public StudentFile(String name, String contentType, byte[] content) {
            this(name, contentType, Objects.requireNonNull(content, "content").length,
                    () -> new java.io.ByteArrayInputStream(content));
        }

        /** The whole file in memory: for small files and tests only. */
        public byte[] content() {
            try (java.io.InputStream in = opener.open()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Opens a stored file for reading; the caller closes the stream. */
    @FunctionalInterface
    interface Opener {
        java.io.InputStream open() throws java.io.IOException;
    }
}
