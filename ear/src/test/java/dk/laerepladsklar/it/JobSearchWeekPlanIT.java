package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.one;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.ToolDatabase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The teacher's plan of a job-search week, over real launches and HTTP through the demo LMS: a week placed from the
 * shipped template by Deep Linking opens with five days and the template's programme; a session moves to another day
 * and time; a role-play and a module join as parts of the week (rows of the kernel's placements that name the week);
 * bad input is refused with a sentence and what was typed stays; students, mentors and another course's teacher are
 * refused; a week copied into a second course keeps the programme, gets new parts and starts with no progress; a
 * student's ticks on the week's tasks are exported and erased with them.
 */
class JobSearchWeekPlanIT extends DemoLmsEndToEnd {

    private static final String TEMPLATE = "job-search-week:template";
    private static final String EMPTY = "job-search-week:empty";
    private static final String PLAN = "/week/plan.xhtml?placement=";
    private static final String NOTHING_SAVED = "Intet er gemt, og det, du skrev, står der stadig.";

    @Test
    void aWeekFromTheTemplateIsPlannedAndBadInputIsRefusedWithASentence() throws Exception {
        String course = "course-7001";
        String link = courses.place(course, TEMPLATE);
        Person teacher = courses.launchLink(course, link, "teacher-7001");
        assertTrue(teacher.launch().landingUrl().contains(PLAN), teacher.launch().landingUrl());
        String week = teacher.placement();
        String page = courses.page(teacher, PLAN + week);

        // five days from the next Monday, with the template's sessions
        LocalDate monday = LocalDate.parse(one("select first_day from job_search_week where placement_id = ?::uuid", week));
        assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek());
        for (int day = 1; day <= 5; day++) {
            assertTrue(page.contains("data-day=\"" + day + "\" data-date=\"" + monday.plusDays(day - 1) + "\""), "day " + day);
        }
        assertFalse(page.contains("data-day=\"6\""));
        assertEquals(16, count(page, "class=\"lpk-week-session\""), "the template's sixteen sessions");
        assertTrue(page.contains("Velkommen til ugen: programmet og målet") && page.contains("Prøvesamtaler med en mester, optaget på video")
                && page.contains("Praktikpladskonsulent") && page.contains("MitID på telefonen"), page);
        assertTrue(page.contains("Opret dig som lærepladssøgende på lærepladsen.dk"), "the template's task");
        assertFalse(page.contains("id=\"start-from\""), "a week with a programme offers no start");
        List<String> parts = rows("select activity_type || ':' || activity_key from placement where part_of = ?::uuid "
                + "order by activity_type, activity_key", week);
        assertEquals(List.of("career-plan:plan", "role-play:first-call", "role-play:walk-in-workshop",
                "teaching-module:application-and-cv", "teaching-module:finding-apprenticeship", "teaching-module:job-interview",
                "teaching-module:networking", "teaching-module:personal-branding"), parts);
        assertEquals(List.of("0"), rows("select count(*) from placement where part_of = ?::uuid and (resource_link_id is not null "
                + "or context_id <> ?)", week, course), "parts have no link and are in the week's course");

        // move one session: the first call practice goes from Thursday morning to Tuesday afternoon
        String call = one("select id from job_search_week_session where week_id = ?::uuid and title = ?", week,
                "Øv det første opkald til en mester");
        HttpResponse<String> editing = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "days", Map.of(),
                button(page, "data-edit", call));
        assertTrue(editing.body().contains("data-editing=\"" + call + "\"") && editing.body().contains("value=\"08:15\""),
                editing.body());
        HttpResponse<String> moved = JsfForms.submit(client, teacher.jar(), tool.toolBase(), editing.body(), "session", Map.of(
                "session:date", monday.plusDays(1).toString(), "session:start", "13:00", "session:end", "14:15"), "session:save");
        assertTrue(moved.body().contains("Punktet er gemt."), moved.body());
        assertEquals("2|780|855|Øv det første opkald til en mester|Kontaktlærer", one("select day_number || '|' || starts_minute || '|' "
                + "|| ends_minute || '|' || title || '|' || host from job_search_week_session where id = ?::uuid", call));
        String tuesday = section(moved.body(), 2);
        assertTrue(tuesday.contains("data-session=\"" + call + "\" data-start=\"13:00\" data-end=\"14:15\""), tuesday);
        assertFalse(section(moved.body(), 4).contains(call), "no longer on Thursday");

        // a role-play and a module join the week as parts, due on Wednesday; the module gets a column of its own
        page = moved.body();
        for (String activity : List.of("role-play:interview-carpenter", "teaching-module:world-of-work")) {
            HttpResponse<String> added = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "add-activity",
                    Map.of("offer", activity, "add-activity:due", monday.plusDays(2).toString()), "add-activity:add");
            assertTrue(added.body().contains("Aktiviteten er tilføjet til ugen."), added.body());
            page = added.body();
        }
        assertEquals(List.of(week + "|" + course + "|f"), rows("select part_of || '|' || context_id || '|' || "
                + "case when own_column then 't' else 'f' end from placement where part_of = ?::uuid "
                + "and activity_type = 'role-play' and activity_key = 'interview-carpenter'", week));
        String module = one("select id from placement where part_of = ?::uuid and activity_key = 'world-of-work'", week);
        assertEquals(monday.plusDays(2).toString(), one("select due_on from job_search_week_activity where part_id = ?::uuid", module));
        assertTrue(page.contains("data-activity=\"role-play:interview-carpenter\"") && page.contains("Klar til arbejdslivet"), page);
        String moduleRow = one("select id from job_search_week_activity where part_id = ?::uuid", module);
        String ownColumn = checkbox(page, moduleRow);
        HttpResponse<String> columns = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "activities",
                Map.of(ownColumn, "on"), "activities:save");
        assertTrue(columns.body().contains("Gemt: 1 ændrede aktiviteter."), columns.body());
        assertEquals("t", one("select own_column from placement where id = ?::uuid", module));
        page = columns.body();

        // the week itself offers neither itself nor the job café; a forged choice of it is refused
        assertFalse(page.contains("value=\"job-search-week:"), "the week is not offered inside itself");
        for (String forged : List.of(TEMPLATE, "job-cafe:thursday", "teaching-module:no-such-module", "javascript:alert(1)")) {
            HttpResponse<String> refused = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "add-activity",
                    Map.of("offer", forged, "add-activity:due", monday.toString()), "add-activity:add");
            assertTrue(refused.body().contains("Vælg en aktivitet fra listen. " + NOTHING_SAVED), forged + ": " + refused.body());
        }
        assertEquals("10", one("select count(*) from placement where part_of = ?::uuid", week), "no part was made for them");

        // bad sessions: what was typed stays in the form, nothing is saved
        Map<String, String> good = new HashMap<>(Map.of("session:date", monday.toString(), "session:start", "15:00",
                "session:end", "15:45", "session:title", "Jobcafé med konsulenten", "session:place", "Kantinen"));
        // every field is posted each time: the page keeps what the last refused post typed
        good.putAll(Map.of("session:link", "", "session:host", "", "session:bring", ""));
        assertRefused(teacher, page, good, Map.of("session:end", "14:00"), "Sluttidspunktet skal ligge efter starttidspunktet.");
        assertRefused(teacher, page, good, Map.of("session:date", monday.plusDays(5).toString()), "Datoen ligger ikke i ugen.");
        assertRefused(teacher, page, good, Map.of("session:date", monday.minusDays(1).toString()), "Datoen ligger ikke i ugen.");
        assertRefused(teacher, page, good, Map.of("session:link", "javascript:alert(document.cookie)"),
                "Linket skal være en webadresse, der starter med https:// eller http://.");
        assertRefused(teacher, page, good, Map.of("session:bring", "x".repeat(10_000)), "Medbring må højst være 1000 tegn.");
        assertRefused(teacher, page, good, Map.of("session:title", "y".repeat(10_000)), "må højst være 200 tegn.");
        assertRefused(teacher, page, good, Map.of("session:start", "kl. otte"), "Skriv tiden som timer og minutter");
        assertEquals("16", one("select count(*) from job_search_week_session where week_id = ?::uuid", week),
                "none of the refused sessions is saved");
        HttpResponse<String> added = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "session", good, "session:save");
        assertTrue(added.body().contains("Punktet er tilføjet til programmet."), added.body());
        assertEquals("17", one("select count(*) from job_search_week_session where week_id = ?::uuid", week));

        // bad tasks and a bad first day
        HttpResponse<String> task = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "add-task", Map.of(
                "add-task:title", "Opdatér dit CV på lærepladsen.dk", "add-task:link", "http://www.laerepladsen.dk",
                "add-task:due", monday.toString()), "add-task:add");
        assertTrue(task.body().contains("Linket skal starte med https://. " + NOTHING_SAVED)
                && task.body().contains("value=\"Opdatér dit CV på lærepladsen.dk\""), task.body());
        HttpResponse<String> late = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "add-task", Map.of(
                "add-task:title", "Opdatér dit CV", "add-task:due", monday.plusDays(9).toString()), "add-task:add");
        assertTrue(late.body().contains("Fristen skal være en dag i ugen."), late.body());
        HttpResponse<String> year = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "week", Map.of(
                "week:first-day", "20255-03-03"), "week:save");
        assertTrue(year.body().contains("Skriv datoen som år-måned-dag"), year.body());
        assertEquals(monday.toString(), one("select first_day from job_search_week where placement_id = ?::uuid", week));

        // a day's theme; a change given up; the session being changed removed, which empties the form
        page = added.body();
        Matcher theme = Pattern.compile("name=\"([^\"]+:theme)\"").matcher(section(page, 2));
        assertTrue(theme.find(), section(page, 2));
        HttpResponse<String> themed = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "days",
                Map.of(theme.group(1), "Netværk og opkald"), button(page, "data-day", "2"));
        assertTrue(themed.body().contains("Dagens emne er gemt.") && themed.body().contains("value=\"Netværk og opkald\""),
                themed.body());
        String cafe = one("select id from job_search_week_session where week_id = ?::uuid and title = ?", week,
                "Jobcafé med konsulenten");
        HttpResponse<String> given = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "days", Map.of(),
                button(page, "data-edit", cafe));
        assertTrue(given.body().contains("data-editing=\"" + cafe + "\""), given.body());
        HttpResponse<String> cancelled = JsfForms.submit(client, teacher.jar(), tool.toolBase(), given.body(), "session",
                Map.of(), "session:cancel");
        assertFalse(cancelled.body().contains("id=\"editing-note\"") || cancelled.body().contains("value=\"Kantinen\""),
                cancelled.body());
        HttpResponse<String> editingCafe = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "days", Map.of(),
                button(page, "data-edit", cafe));
        HttpResponse<String> removed = JsfForms.submit(client, teacher.jar(), tool.toolBase(), editingCafe.body(), "days",
                Map.of(), button(editingCafe.body(), "data-remove", cafe));
        assertTrue(removed.body().contains("Punktet er fjernet fra programmet.") && !removed.body().contains("id=\"editing-note\"")
                && !removed.body().contains("data-session=\"" + cafe + "\""), removed.body());
        assertEquals("16", one("select count(*) from job_search_week_session where week_id = ?::uuid", week));

        // activities: saving with nothing changed, and taking a part out of the week (its placement goes with it)
        page = removed.body();
        // (a checkbox left out of a post is unticked, so the module's own column is posted as it stands)
        HttpResponse<String> unchanged = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "activities",
                Map.of(checkbox(page, moduleRow), "on"), "activities:save");
        assertTrue(unchanged.body().contains("Der var ingen ændringer at gemme."), unchanged.body());
        assertEquals("t", one("select own_column from placement where id = ?::uuid", module));
        String carpenter = one("select a.id from job_search_week_activity a join placement p on p.id = a.part_id "
                + "where a.week_id = ?::uuid and p.activity_key = 'interview-carpenter'", week);
        HttpResponse<String> out = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "activities", Map.of(),
                button(page, "data-remove", carpenter));
        assertTrue(out.body().contains("Aktiviteten er fjernet fra ugen.")
                && !out.body().contains("data-activity=\"role-play:interview-carpenter\""), out.body());
        assertEquals("9", one("select count(*) from placement where part_of = ?::uuid", week));

        // students, the mentor and another course's teacher do not plan it
        Person student = courses.launchLink(course, link, "student-7001-1");
        assertTrue(student.launch().landingUrl().contains("/week/today.xhtml?placement=" + week), student.launch().landingUrl());
        assertTrue(student.launch().body().contains("Øv det første opkald til en mester"), "the student sees the week");
        assertEquals(403, courses.get(student, PLAN + week).statusCode());
        Person mentor = courses.launch(course, "mentor-7001");
        HttpResponse<String> mentorsPlan = courses.get(mentor, PLAN + week);
        assertEquals(302, mentorsPlan.statusCode(), "a mentor is sent on to the week's page, never shown the plan");
        assertTrue(mentorsPlan.headers().firstValue("Location").orElse("").contains("/week/today.xhtml?"),
                mentorsPlan.headers().toString());
        assertFalse(mentorsPlan.body().contains("Øv det første opkald"), mentorsPlan.body());
        String otherLink = courses.place("course-7002", EMPTY);
        Person otherTeacher = courses.launchLink("course-7002", otherLink, "teacher-7002");
        String other = courses.page(otherTeacher, PLAN + week);
        assertTrue(other.contains("id=\"not-found\"") && !other.contains("Øv det første opkald"), other);
        assertTrue(courses.page(teacher, PLAN + otherTeacher.placement()).contains("id=\"not-found\""),
                "and the other way round");
        assertTrue(courses.page(teacher, PLAN + "not-a-week").contains("id=\"not-found\""));
        assertTrue(courses.page(teacher, PLAN + module).contains("id=\"not-found\""), "a part is not a week");
    }

    @Test
    void aWeekCopiedIntoASecondCourseKeepsTheProgrammeAndStartsWithNoProgress() throws Exception {
        // a member of staff who works in both courses (the school's LMS administrator teaches in both)
        String first = "course-7011";
        String second = "course-7012";
        String planner = "admin-7011";
        String firstLink = courses.place(first, TEMPLATE);
        Person inFirst = courses.launchLink(first, firstLink, planner);
        String source = inFirst.placement();
        String page = courses.page(inFirst, PLAN + source);
        LocalDate firstMonday = LocalDate.parse(one("select first_day from job_search_week where placement_id = ?::uuid", source));
        HttpResponse<String> added = JsfForms.submit(client, inFirst.jar(), tool.toolBase(), page, "add-task", Map.of(
                "add-task:title", "Ring til din onkels firma", "add-task:due", firstMonday.plusDays(2).toString()), "add-task:add");
        assertTrue(added.body().contains("Opgaven er tilføjet til ugen."), added.body());
        // a student of the first course starts a module of the week
        String sourceModule = one("select id from placement where part_of = ?::uuid and activity_key = 'networking'", source);
        Person student = courses.launchLink(first, firstLink, "student-7011-1");
        courses.page(student, "/modules/play.xhtml?placement=" + sourceModule);
        assertEquals("1", one("select count(*) from module_progress where placement_id = ?::uuid", sourceModule),
                "the student has progress in the first week");

        // the second course's empty week starts from the first one
        Person inSecond = courses.launchLink(second, courses.place(second, EMPTY), planner);
        String copy = inSecond.placement();
        String empty = courses.page(inSecond, PLAN + copy);
        assertTrue(empty.contains("id=\"start-from\"") && empty.contains("value=\"week-" + source + "\""), empty);
        assertTrue(empty.contains("value=\"shipped-da\"") && empty.contains("value=\"shipped-en\""), empty);
        // another teacher does not get the planner's week, and cannot start from it by naming it
        Person otherTeacher = courses.launchLink("course-7013", courses.place("course-7013", EMPTY), "teacher-7013");
        String theirs = courses.page(otherTeacher, PLAN + otherTeacher.placement());
        assertFalse(theirs.contains("week-" + source), theirs);
        HttpResponse<String> forged = JsfForms.submit(client, otherTeacher.jar(), tool.toolBase(), theirs, "start",
                Map.of("start-option", "week-" + source), "start:start-from-chosen");
        assertTrue(forged.body().contains("Det valgte findes ikke, eller du kan ikke bruge det."), forged.body());
        assertEquals("0", one("select count(*) from job_search_week_session where week_id = ?::uuid", otherTeacher.placement()));

        HttpResponse<String> started = JsfForms.submit(client, inSecond.jar(), tool.toolBase(), empty, "start",
                Map.of("start-option", "week-" + source), "start:start-from-chosen");
        assertTrue(started.body().contains("Ugen har fået sit program."), started.body());
        assertEquals(rows("select day_number || ' ' || starts_minute || ' ' || title from job_search_week_session "
                        + "where week_id = ?::uuid order by 1", source),
                rows("select day_number || ' ' || starts_minute || ' ' || title from job_search_week_session "
                        + "where week_id = ?::uuid order by 1", copy), "the same programme");
        String activities = "select a.title || ' ' || (a.due_on - w.first_day) from job_search_week_activity a join job_search_week w "
                + "on w.placement_id = a.week_id where a.week_id = ?::uuid order by a.position";
        assertEquals(rows(activities, source), rows(activities, copy), "the same activities on the same days of the week");
        assertTrue(rows(activities, copy).contains("Ring til din onkels firma 2"));
        List<String> copiedParts = rows("select id from placement where part_of = ?::uuid", copy);
        assertEquals(8, copiedParts.size(), "new parts: the template's eight, none shared with the first week");
        assertFalse(copiedParts.contains(sourceModule));
        assertEquals(List.of(second), rows("select distinct context_id from placement where part_of = ?::uuid", copy));
        assertEquals("0", one("select count(*) from module_progress where placement_id in (select id from placement "
                + "where part_of = ?::uuid)", copy), "no progress came along");
        assertEquals("0", one("select count(*) from job_search_week_task_tick where week_id = ?::uuid", copy));

        // next year: a new first day moves every due date by the same number of days
        String copyPage = started.body();
        LocalDate nextYear = firstMonday.plusWeeks(52);
        HttpResponse<String> moved = JsfForms.submit(client, inSecond.jar(), tool.toolBase(), copyPage, "week",
                Map.of("week:first-day", nextYear.toString()), "week:save");
        assertTrue(moved.body().contains("Ugen er gemt."), moved.body());
        assertEquals(rows(activities, source), rows(activities, copy), "still on the same days of the week");
        assertEquals(nextYear.plusDays(2).toString(), one("select due_on from job_search_week_activity where week_id = ?::uuid "
                + "and title = 'Ring til din onkels firma'", copy));
        assertTrue(section(moved.body(), 1).contains("data-date=\"" + nextYear + "\""));

        // a started week does not start again, not even by posting the form it showed while empty
        HttpResponse<String> again = JsfForms.submit(client, inSecond.jar(), tool.toolBase(), empty, "start",
                Map.of("start-option", "shipped-da"), "start:start-from-chosen");
        assertFalse(again.body().contains("id=\"start-from\"") || again.body().contains("Ugen har fået sit program."),
                again.body());
        assertEquals(one("select count(*) from job_search_week_session where week_id = ?::uuid", source),
                one("select count(*) from job_search_week_session where week_id = ?::uuid", copy));

        // the school keeps the programme as its own template; the other teacher at the school can start from it
        HttpResponse<String> kept = JsfForms.submit(client, inSecond.jar(), tool.toolBase(), moved.body(), "template",
                Map.of("template:name", "Vores jobsøgningsuge"), "template:save");
        assertTrue(kept.body().contains("Programmet er gemt som skolens skabelon."), kept.body());
        String template = one("select id from job_search_week_template where name = 'Vores jobsøgningsuge'");
        assertFalse(one("select programme_json from job_search_week_template where id = ?::uuid", template).contains("student"));
        String offered = courses.page(otherTeacher, PLAN + otherTeacher.placement());
        assertTrue(offered.contains("value=\"school-" + template + "\""), offered);
        HttpResponse<String> fromTemplate = JsfForms.submit(client, otherTeacher.jar(), tool.toolBase(), offered, "start",
                Map.of("start-option", "school-" + template), "start:start-from-chosen");
        assertTrue(fromTemplate.body().contains("Ring til din onkels firma"), fromTemplate.body());
        assertNotEquals("0", one("select count(*) from job_search_week_session where week_id = ?::uuid", otherTeacher.placement()));
    }

    @Test
    void aStudentsTicksOnTheWeeksTasksAreExportedAndErased() throws Exception {
        String course = "course-7021";
        String link = courses.place(course, TEMPLATE);
        String week = courses.launchLink(course, link, "teacher-7021").placement();
        courses.launchLink(course, link, "student-7021-1");
        String task = one("select id from job_search_week_activity where week_id = ?::uuid and kind = 'TASK' "
                + "and link = 'https://www.laerepladsen.dk'", week);
        String platform = one("select platform_id from job_search_week where placement_id = ?::uuid", week);
        // the ticks the students' page of the week keeps (that page is built next; its rows are these)
        for (String student : List.of("student-7021-1", "student-7021-2")) {
            ToolDatabase.update("insert into job_search_week_task_tick (id, task_id, week_id, platform_id, student_subject, "
                    + "ticked_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?, now())", task, week, platform, student);
        }
        String path = "/api/admin/personal-data/" + platform + "/student-7021-1";
        HttpResponse<byte[]> export = admin("GET", path);
        assertEquals(200, export.statusCode());
        String json = "";
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("student.json")) {
                    json = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(json.contains("\"jobsearchweek\"") && json.contains("Opret dig som lærepladssøgende på lærepladsen.dk")
                && json.contains("task-ticks"), json);
        assertFalse(json.contains("student-7021-2"), json);
        HttpResponse<byte[]> erased = admin("DELETE", path);
        String answer = new String(erased.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, erased.statusCode(), answer);
        assertTrue(answer.contains("\"task-ticks\":1"), answer);
        assertEquals(List.of("student-7021-2"), rows("select student_subject from job_search_week_task_tick where week_id = ?::uuid",
                week), "the other student's tick stays");
        assertEquals("16", one("select count(*) from job_search_week_session where week_id = ?::uuid", week),
                "the programme is the course's, not the student's");
    }

    private HttpResponse<byte[]> admin(String method, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(tool.toolBase() + path)).header("Authorization", "Bearer " + AdminApi.TOKEN)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertRefused(Person teacher, String page, Map<String, String> good, Map<String, String> bad, String sentence)
            throws Exception {
        Map<String, String> fields = new HashMap<>(good);
        fields.putAll(bad);
        HttpResponse<String> refused = JsfForms.submit(client, teacher.jar(), tool.toolBase(), page, "session", fields, "session:save");
        String body = refused.body();
        assertTrue(body.contains(sentence) && body.contains(NOTHING_SAVED), bad + ": " + body);
        assertTrue(body.contains("value=\"Kantinen\""), "what was typed stays: " + bad);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    /** The name of the button carrying {@code attribute="value"}. */
    private static String button(String html, String attribute, String value) {
        Matcher input = Pattern.compile("<input[^>]*" + attribute + "=\"" + Pattern.quote(value) + "\"[^>]*>").matcher(html);
        assertTrue(input.find(), "a button " + attribute + "=" + value);
        Matcher name = Pattern.compile("\\sname=\"([^\"]+)\"").matcher(input.group());
        assertTrue(name.find());
        return name.group(1);
    }

    /** The name of the own-column checkbox in the activity row with this id. */
    private static String checkbox(String html, String activityRow) {
        int row = html.indexOf("data-activity-id=\"" + activityRow + "\"");
        assertTrue(row > 0, "row " + activityRow);
        Matcher name = Pattern.compile("type=\"checkbox\"[^>]*name=\"([^\"]+)\"|name=\"([^\"]+)\"[^>]*type=\"checkbox\"")
                .matcher(html.substring(row));
        assertTrue(name.find());
        return name.group(1) != null ? name.group(1) : name.group(2);
    }

    /** One day's part of the plan page. */
    private static String section(String html, int day) {
        int start = html.indexOf("data-day=\"" + day + "\" data-date=");
        int end = html.indexOf("data-day=\"" + (day + 1) + "\" data-date=");
        assertTrue(start > 0, "day " + day);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
