package dk.laerepladsklar.kernel.access;

/** The places a launch can land that a module, not the kernel, provides. */
public enum Landing {
    /** A student's page in the course when the link opened no activity ("Mit forløb"). */
    STUDENT_COURSE,
    /** Staff's and mentors' page of the class when the link opened no activity. */
    CLASS,
    /** The content picker a Deep Linking request opens. */
    CONTENT_PICKER
}
