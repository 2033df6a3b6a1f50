package dk.laerepladsklar.kernel.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Everything the tool keeps about one student, across every capability ({@link PersonalData} beans): how much, the
 * export as one zip, and the erasure in one transaction (all of it or, on a failure, none of it).
 */
@ApplicationScoped
public class StudentData {

    private static final Logger LOG = Logger.getLogger(StudentData.class);

    @Inject
    Instance<PersonalData> modules;

    /** Per capability, in name order. */
    public List<ModuleHolding> held(StudentRef student) {
        return sorted().stream().map(m -> new ModuleHolding(m.module(), m.held(student))).toList();
    }

    public boolean holdsAnything(StudentRef student) {
        return held(student).stream().anyMatch(h -> h.total() > 0);
    }

    /** Every capability's section, read in one transaction so the parts fit together. */
    @Transactional
    public Map<String, PersonalData.Section> sections(StudentRef student) {
        Map<String, PersonalData.Section> sections = new TreeMap<>();
        for (PersonalData module : sorted()) {
            sections.put(module.module(), module.export(student));
        }
        return sections;
    }

    /** Writes the export zip; the database work is done before the first byte goes out. */
    public void export(StudentRef student, OutputStream out) throws IOException {
        Map<String, PersonalData.Section> sections = sections(student);
        PersonalDataArchive.write(student, sections, Instant.now(), out);
        LOG.infof("Personal data of %s exported: %d sections", student, sections.size());
    }

    /** Erases the student everywhere, in one transaction; per capability, how many were deleted per kind. */
    @Transactional
    public Map<String, Map<String, Long>> erase(StudentRef student) {
        Map<String, Map<String, Long>> erased = new LinkedHashMap<>();
        for (PersonalData module : sorted()) {
            erased.put(module.module(), new LinkedHashMap<>(module.erase(student)));
        }
        LOG.infof("Personal data of %s erased: %d rows", student,
                erased.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
        return erased;
    }

    private List<PersonalData> sorted() {
        return modules.stream().sorted(Comparator.comparing(PersonalData::module)).toList();
    }
}
