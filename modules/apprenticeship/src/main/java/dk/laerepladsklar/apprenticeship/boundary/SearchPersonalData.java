package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.ApplicationStep;
import dk.laerepladsklar.apprenticeship.entity.CheckIn;
import dk.laerepladsklar.apprenticeship.entity.JobApplication;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.apprenticeship.entity.SearchEnrolment;
import dk.laerepladsklar.apprenticeship.entity.StatusChange;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the apprenticeship search keeps about a student: their applications with every move of their status, their
 * placement status with its whole history, their agreements, their probation check-ins (with the note to the mentor),
 * and the courses they opened the search from. Exported and erased with them; a course's term is the course's.
 */
@ApplicationScoped
public class SearchPersonalData implements PersonalData {

    static final String MODULE = "apprenticeship";

    @Inject
    SearchRecords records;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("applications", (long) records.applications(student).size());
        held.put("application-steps", (long) records.steps(student).size());
        held.put("placement-status", records.status(student).isPresent() ? 1L : 0L);
        held.put("status-changes", (long) records.history(student).size());
        held.put("agreements", (long) records.agreements(student).size());
        held.put("check-ins", (long) records.checkIns(student).size());
        held.put("enrolments", (long) records.enrolments(student).size());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> applications = new ArrayList<>();
        for (JobApplication a : records.applications(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.getId());
            row.put("course", a.getContextId());
            row.put("company_name", a.getCompanyName());
            row.put("cvr", a.getCvr());
            row.put("trade", a.getTrade());
            row.put("channel", a.getChannel());
            row.put("sent_on", a.getSentOn());
            row.put("status", a.getStatus());
            row.put("follow_up_on", a.getFollowUpOn());
            row.put("notes", a.getNotes());
            row.put("created_at", a.getCreatedAt());
            row.put("updated_at", a.getUpdatedAt());
            applications.add(row);
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (ApplicationStep s : records.steps(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("application", s.getApplicationId());
            row.put("from_status", s.getFromStatus());
            row.put("to_status", s.getToStatus());
            row.put("changed_on", s.getChangedOn());
            row.put("changed_at", s.getChangedAt());
            steps.add(row);
        }
        Optional<PlacementStatus> status = records.status(student);
        Map<String, Object> current = new LinkedHashMap<>();
        status.ifPresent(s -> {
            current.put("state", s.getState());
            current.put("since", s.getSince());
            current.put("registered_on", s.getRegisteredOn());
            current.put("agreement", s.getAgreementId());
        });
        List<Map<String, Object>> history = new ArrayList<>();
        for (StatusChange c : records.history(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from_state", c.getFromState());
            row.put("to_state", c.getToState());
            row.put("effective_on", c.getEffectiveOn());
            row.put("registered_on", c.getRegisteredOn());
            row.put("agreement", c.getAgreementId());
            row.put("cause", c.getCause());
            row.put("changed_at", c.getChangedAt());
            history.add(row);
        }
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (Agreement a : records.agreements(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.getId());
            row.put("application", a.getApplicationId());
            row.put("type", a.getType());
            row.put("company_name", a.getCompanyName());
            row.put("cvr", a.getCvr());
            row.put("starts_on", a.getStartsOn());
            row.put("ends_on", a.getEndsOn());
            row.put("probation_ends_on", a.getProbationEndsOn());
            row.put("created_at", a.getCreatedAt());
            agreements.add(row);
        }
        List<Map<String, Object>> checkIns = new ArrayList<>();
        for (CheckIn c : records.checkIns(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agreement", c.getAgreementId());
            row.put("week_of", c.getWeekOf());
            row.put("wellbeing", c.getWellbeing());
            row.put("learning", c.getLearning());
            row.put("support", c.getSupport());
            row.put("note_to_mentor", c.getNoteToMentor());
            row.put("answered_at", c.getAnsweredAt());
            checkIns.add(row);
        }
        List<Map<String, Object>> enrolments = new ArrayList<>();
        for (SearchEnrolment e : records.enrolments(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("course", e.getContextId());
            row.put("course_title", e.getCourseTitle());
            row.put("display_name", e.getDisplayName());
            row.put("first_seen", e.getFirstSeen());
            row.put("last_seen", e.getLastSeen());
            enrolments.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applications", applications);
        data.put("application_steps", steps);
        data.put("placement_status", current);
        data.put("status_history", history);
        data.put("agreements", agreements);
        data.put("check_ins", checkIns);
        data.put("enrolments", enrolments);
        return new Section(data, List.of());
    }

    /** In the order the foreign keys need: what points at an agreement or application goes first. */
    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("check-ins", records.delete("CheckIn", student));
        erased.put("status-changes", records.delete("StatusChange", student));
        erased.put("placement-status", records.delete("PlacementStatus", student));
        erased.put("application-steps", records.delete("ApplicationStep", student));
        erased.put("agreements", records.delete("Agreement", student));
        erased.put("applications", records.delete("JobApplication", student));
        erased.put("enrolments", records.delete("SearchEnrolment", student));
        return erased;
    }
}
