package dk.laerepladsklar.roleplay.entity;

import java.util.List;

/** Guards for the scenario records: ids are short slugs and texts are never blank. */
final class Texts {

    private Texts() {
    }

    static String requireId(String id, String what) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new IllegalArgumentException("The " + what + " id \"" + id + "\" is not a lower-case slug (a-z, 0-9, -)");
        }
        return id;
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing or blank");
        }
        return text;
    }

    static <T> List<T> requireSome(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " list is empty");
        }
        return List.copyOf(list);
    }
}
