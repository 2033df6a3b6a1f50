package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.classroom.control.TeacherCodes;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The teachers' help page: every code the class page can show, with what it means, in the launch's language. */
@Named
@RequestScoped
public class TeacherHelpView {

    @Inject
    SignedInUser user;

    /** A code as the class page shows it, and the sentence that explains it. */
    public record Explained(String code, String explanation) {
    }

    public List<Explained> getCodes() {
        return TeacherCodes.KNOWN.stream().filter(c -> !TeacherCodes.UNKNOWN.equals(c))
                .map(c -> new Explained(c, TeacherCodes.explanation(c, user.getLocale()))).toList();
    }
}
