package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The teacher's class page for the course they launched from. */
@Named
@RequestScoped
public class ClassView {

    @Inject
    SignedInUser user;

    public String getCourseTitle() {
        return user.getCourseTitle();
    }

    public String getTeacherName() {
        return user.getDisplayName();
    }
}
