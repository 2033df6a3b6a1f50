package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.control.UploadCheck.Rejection;

/** A file was not taken; the page tells the student why in their language. */
public class UploadRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    public UploadRefused(Rejection rejection) {
        super(rejection.name(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
