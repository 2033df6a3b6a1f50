package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Mit forløb": the student's own page in the course. */
@Named
@RequestScoped
public class StudentHomeView {

    @Inject
    SignedInUser user;

    public String getGreetingName() {
        return user.getDisplayName();
    }

    public boolean isNameKnown() {
        return !user.getDisplayName().isBlank();
    }

    public String getCourseTitle() {
        return user.getCourseTitle();
    }
}
