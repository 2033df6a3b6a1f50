package dk.laerepladsklar.jobsearchweek.boundary;

import dk.laerepladsklar.jobsearchweek.entity.ApprenticeshipTick;
import dk.laerepladsklar.jobsearchweek.entity.Attendance;
import dk.laerepladsklar.jobsearchweek.entity.PartProgress;
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
 * What following a week and the job café keeps about a student: their attendance at sessions and cafés (status, who
 * recorded it, when), the teacher's tick that they have an apprenticeship, and the week's record of their progress in
 * the week's activities. Exported and erased with them; the café's time and place and the programme are the course's.
 */
@ApplicationScoped
public class FollowUpPersonalData implements PersonalData {

    static final String MODULE = "jobsearchweek-follow-up";

    @Inject
    Attendances attendances;
    @Inject
    ApprenticeshipTicks ticks;
    @Inject
    PartProgresses parts;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("attendance", (long) attendances.ofStudent(student).size());
        held.put("apprenticeship-ticks", (long) ticks.ofStudent(student).size());
        held.put("week-progress", (long) parts.ofStudent(student).size());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (Attendance a : attendances.ofStudent(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("placement", a.getPlacementId());
            row.put("session", a.getSessionId());
            row.put("cafe_date", a.getCafeDate());
            row.put("status", a.getStatus());
            row.put("recorded_by_name", a.getRecordedByName());
            row.put("recorded_at", a.getRecordedAt());
            attendance.add(row);
        }
        List<Map<String, Object>> tickRows = new ArrayList<>();
        for (ApprenticeshipTick t : ticks.ofStudent(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("course", t.getContextId());
            row.put("has_apprenticeship", true);
            row.put("ticked_at", t.getTickedAt());
            tickRows.add(row);
        }
        List<Map<String, Object>> progress = new ArrayList<>();
        for (PartProgress p : parts.ofStudent(student)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", p.getWeekId());
            row.put("activity", p.getPartId());
            row.put("state", p.getState());
            row.put("fraction_done", p.getFractionDone());
            row.put("score", p.getScore());
            row.put("score_maximum", p.getScoreMaximum().orElse(null));
            row.put("recorded_at", p.getRecordedAt());
            progress.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attendance", attendance);
        data.put("apprenticeship_ticks", tickRows);
        data.put("week_progress", progress);
        return new Section(data, List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("attendance", attendances.erase(student));
        erased.put("apprenticeship-ticks", ticks.erase(student));
        erased.put("week-progress", parts.erase(student));
        return erased;
    }
}
