package dk.laerepladsklar.curriculum.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an upload task may accept, each known by its extensions and by the first bytes of its
 * content ("magic bytes"), so a renamed file is not taken for what it is not.
 */
public enum FileType {
    PDF("pdf", "application/pdf", List.of("pdf"), bytes('%', 'P', 'D', 'F', '-')),
    /** Word documents are ZIP containers. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            bytes('P', 'K', 3, 4)),
    JPG("jpg", "image/jpeg", List.of("jpg", "jpeg"), bytes(0xFF, 0xD8, 0xFF)),
    PNG("png", "image/png", List.of("png"), bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));

    /** How many leading bytes {@link #matches(byte[])} needs at most. */
    public static final int MAGIC_LENGTH = 8;

    private final String packName;
    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    FileType(String packName, String contentType, List<String> extensions, byte[] magic) {
        this.packName = packName;
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public static Optional<FileType> ofPackName(String name) {
        return Arrays.stream(values()).filter(t -> t.packName.equals(name)).findFirst();
    }

    /** The type a file name's extension says, if it is one of ours. */
    public static Optional<FileType> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** Whether content starting with these bytes is of this type. */
    public boolean matches(byte[] head) {
        if (head == null || head.length < magic.length) {
            return false;
        }
        return Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    public String packName() {
        return packName;
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public String displayName() {
        return packName.toUpperCase(Locale.ROOT);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
