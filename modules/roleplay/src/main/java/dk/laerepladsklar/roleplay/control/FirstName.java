package dk.laerepladsklar.roleplay.control;

import java.util.Optional;

/**
 * What a master is told of the student: their first name only (the first word of the name the LMS shared), never a
 * surname, email or LMS id. A master outside the school needs no more to give feedback, and the student is told so
 * before saying yes. Empty when the LMS shared no name: the page then says "the student".
 */
public final class FirstName {

    private static final int MAX = 40;

    private FirstName() {
    }

    public static Optional<String> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String first = name.strip().split("\\s+", 2)[0];
        if (first.codePoints().anyMatch(Character::isISOControl) || first.contains("@")) {
            return Optional.empty(); // an LMS that puts the email in the name field: never show it
        }
        return Optional.of(first.length() > MAX ? first.substring(0, MAX) : first);
    }
}
