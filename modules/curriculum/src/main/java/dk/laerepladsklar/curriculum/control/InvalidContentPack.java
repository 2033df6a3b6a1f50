package dk.laerepladsklar.curriculum.control;

import java.util.List;

/** The content pack cannot be used; the message lists every problem found, one a line, with its file. */
public class InvalidContentPack extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidContentPack(List<String> problems) {
        super("The teaching modules' content pack is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
