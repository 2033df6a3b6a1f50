package dk.laerepladsklar.lti.api.admin;

import java.util.List;

/** The tool's signing keys, as the admin rotates and retires them. */
public interface ToolKeyAdministration {

    /** Every key, active and retired. */
    List<KeySummary> all();

    String currentKid();

    /** Adds a new signing key; the older ones stay published until retired. @return the new key's id */
    String rotate();

    /** Retires every key older than the current one. @return how many */
    int retireOlderThanCurrent();

    /** Encrypts keys an older version stored in plain text. @return how many (0 on every later start) */
    int sealPlaintextKeys();
}
