package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.entity.CompanyContact;
import dk.laerepladsklar.apprenticeship.entity.NextStep;
import dk.laerepladsklar.apprenticeship.entity.StudentNote;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the school's staff keep about a student beside the student's own search: notes colleagues wrote about them,
 * contacts with their company, next steps agreed at case conferences. The student has a right to see it (an export
 * shows who wrote what, by name), and it goes when the student's data is erased. What a member of staff wrote about
 * other students is those students' data, not theirs.
 */
@ApplicationScoped
public class CaseloadPersonalData implements PersonalData {

    static final String MODULE = "apprenticeship-caseload";

    @Inject
    CaseloadRecords records;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("student-notes", (long) records.notes(student).size());
        held.put("company-contacts", (long) records.contacts(student).size());
        held.put("next-steps", (long) records.steps(student).size());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> notes = new ArrayList<>();
        for (StudentNote n : records.notes(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("written_at", n.getWrittenAt());
            row.put("written_by", n.getAuthorName());
            row.put("text", n.getText());
            row.put("shown_to_mentors", n.isForMentors());
            notes.add(row);
        }
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (CompanyContact c : records.contacts(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.getKind());
            row.put("company_name", c.getCompanyName());
            row.put("contacted_on", c.getContactedOn());
            row.put("note", c.getNote());
            row.put("logged_by", c.getAuthorName());
            row.put("created_at", c.getCreatedAt());
            contacts.add(row);
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (NextStep s : records.steps(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("what", s.getWhat());
            row.put("who", s.getWho());
            row.put("due_on", s.getDueOn());
            row.put("done_at", s.getDoneAt());
            row.put("agreed_by", s.getAuthorName());
            row.put("created_at", s.getCreatedAt());
            steps.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("student_notes", notes);
        data.put("company_contacts", contacts);
        data.put("next_steps", steps);
        return new Section(data, List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("student-notes", records.delete("StudentNote", student));
        erased.put("company-contacts", records.delete("CompanyContact", student));
        erased.put("next-steps", records.delete("CaseNextStep", student));
        return erased;
    }
}
