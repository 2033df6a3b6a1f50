package dk.laerepladsklar.lti.demo;

/** Someone in the demo LMS. {@code id} is what the platform sends as {@code sub}. */
public record DemoPerson(String id, String givenName, String familyName, String email, boolean teacher) {

    public String name() {
        return givenName + " " + familyName;
    }
}
