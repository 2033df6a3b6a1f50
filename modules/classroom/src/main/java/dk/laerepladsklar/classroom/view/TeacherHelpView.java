package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.control.TeacherCodes;
import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.activity.StudentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The teachers' help page: the state words every page uses and every code the class page can show, each with what
 * it means, in the launch's language.
 */
@Named
@RequestScoped
public class TeacherHelpView {

    @Inject
    SignedInUser user;

    /** A code as the class page shows it, and the sentence that explains it. */
    public record Explained(String code, String explanation) {
    }

    /** A state word as the pages show it, and what it means for the teacher. */
    public record StateExplained(String state, String label, String explanation) {
    }

    public List<StateExplained> getStates() {
        return java.util.Arrays.stream(StudentState.values())
                .map(s -> new StateExplained(s.name(), s.label(user.getLocale()),
                        PageMessages.text(TeacherCodes.BUNDLE, user.getLocale(), "teacherHelp.state." + s.name())))
                .toList();
    }

    public List<Explained> getCodes() {
        return TeacherCodes.KNOWN.stream().filter(c -> !TeacherCodes.UNKNOWN.equals(c))
                .map(c -> new Explained(c, TeacherCodes.explanation(c, user.getLocale()))).toList();
    }
}
