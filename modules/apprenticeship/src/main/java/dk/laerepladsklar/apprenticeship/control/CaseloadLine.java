package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One student on a caseload, at a glance: where they stand, how their search goes, and how close the rules' dates are.
 *
 * @param name              the name as the LMS gave it last, or null (the page then shows a neutral label)
 * @param courseId          the course the student is listed under (the caseload's own, or their class in the school)
 * @param courseTitle       that course's title as the LMS last sent it, or null
 * @param department        the course's department as staff set it, or null
 * @param state             null while the student has not opened the search (not started)
 * @param lastActivity      the day of the student's last own change to their search, or null
 * @param interviews        applications that got as far as an interview call
 * @param offers            applications that got as far as an offer (or a signed agreement)
 * @param deadline          the last day to register as seeking (GF2's end − 8 weeks), or null when no term is set
 * @param daysToDeadline    days from today to the deadline (negative when passed), or null
 * @param agreementEnds     the current agreement's end, or null (none, or open-ended)
 * @param daysToAgreementEnd days from today to that end, or null
 * @param checkIns          probation check-ins on the current agreement
 * @param lastCheckInHard   whether the latest check-in answered "hard" to any question
 */
public record CaseloadLine(String studentSubject, String name, String courseId, String courseTitle, String department,
                           PlacementState state, LocalDate stateSince, LocalDate registeredOn,
                           int applicationsSent, LocalDate lastApplication, LocalDate lastActivity, int interviews,
                           int offers, LocalDate deadline, Integer daysToDeadline, AgreementType agreementType,
                           String agreementCompany, LocalDate agreementEnds, Integer daysToAgreementEnd,
                           LocalDate probationEnds, int checkIns, LocalDate lastCheckIn, boolean lastCheckInHard)
        implements Serializable {

    /** Whether the student has opened the search at all. */
    public boolean started() {
        return state != null;
    }

    /** Still looking (or not started, which is looking without the tool). */
    public boolean seeking() {
        return state == null || state.isSeeking();
    }

    /** The course as the school's pages name it: "Tømrer GF2 2026 (course-8301)", or the id without a title. */
    public String courseLabel() {
        return CourseLabel.of(courseTitle, courseId);
    }

    /** The same line with the course's title. */
    public CaseloadLine titled(String title) {
        return inCourse(courseId, title, department);
    }

    /** The same line under another course (a student of the school listed under their class). */
    public CaseloadLine inCourse(String otherCourse, String otherTitle, String otherDepartment) {
        return new CaseloadLine(studentSubject, name, otherCourse, otherTitle, otherDepartment, state, stateSince, registeredOn,
                applicationsSent, lastApplication, lastActivity, interviews, offers, deadline, daysToDeadline,
                agreementType, agreementCompany, agreementEnds, daysToAgreementEnd, probationEnds, checkIns,
                lastCheckIn, lastCheckInHard);
    }
}
