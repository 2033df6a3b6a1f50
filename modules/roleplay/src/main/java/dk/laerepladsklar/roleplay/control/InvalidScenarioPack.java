package dk.laerepladsklar.roleplay.control;

import java.util.List;

/** A scenario pack with problems: every problem found, each naming its file and place. */
public class InvalidScenarioPack extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidScenarioPack(List<String> problems) {
        super(problems.size() + " problem(s) in the scenario pack:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
