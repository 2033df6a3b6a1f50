package dk.laerepladsklar.apprenticeship.entity;

/** The name of a member of staff as their launch gave it, kept beside what they wrote (cut, never refused: the LMS sent it). */
final class Author {

    private Author() {
    }

    static String name(String name) {
        String n = name == null || name.isBlank() ? null : name.strip();
        return n != null && n.length() > Texts.NAME ? n.substring(0, Texts.NAME) : n;
    }
}
