package dk.laerepladsklar.webapp.personaldata;

import dk.laerepladsklar.kernel.personaldata.ModuleHolding;
import dk.laerepladsklar.kernel.personaldata.StudentData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.admin.AdminAuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * An admin's export and erasure of one student's data, from the page or the API, each written to the audit log with
 * the admin's address, the platform and the LMS user id (never a name or an email).
 */
@ApplicationScoped
public class DataRequests {

    public static final String EXPORTED = "PERSONAL_DATA_EXPORTED";
    public static final String ERASED = "PERSONAL_DATA_ERASED";
    public static final String ERASE_FAILED = "PERSONAL_DATA_ERASE_FAILED";

    @Inject
    StudentData studentData;
    @Inject
    AdminAuditLog audit;

    public List<ModuleHolding> held(StudentRef student) {
        return studentData.held(student);
    }

    /** Writes the student's zip; logged before the first byte goes out, since from then on it has been handed over. */
    public void export(StudentRef student, String clientAddress, String via, OutputStream out) throws IOException {
        long items = held(student).stream().mapToLong(ModuleHolding::total).sum();
        audit.record(clientAddress, EXPORTED, detail(student, via) + " items=" + items);
        studentData.export(student, out);
    }

    /** Erases the student everywhere (all or nothing); per capability, how many were deleted per kind. */
    public Map<String, Map<String, Long>> erase(StudentRef student, String clientAddress, String via) {
        try {
            Map<String, Map<String, Long>> erased = studentData.erase(student);
            long rows = erased.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
            audit.record(clientAddress, ERASED, detail(student, via) + " deleted=" + rows);
            return erased;
        } catch (RuntimeException e) {
            audit.record(clientAddress, ERASE_FAILED, detail(student, via) + " " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private static String detail(StudentRef student, String via) {
        return "platform=" + student.platform().value() + " subject=" + student.subject() + " via=" + via;
    }

    /** The download's name: no LMS user id in it (it ends up in browser histories and download folders). */
    public static String fileName(StudentRef student) {
        return "personal-data-" + student.pseudonym() + ".zip";
    }
}
