-- The course's title as the LMS last sent it with a student's launch (the launch's context title), so the school's
-- caseload and figures can name a class "Tømrer GF2 2026 (course-id)" instead of its bare id. Null for enrolments
-- recorded before, until the student opens the search again.
alter table apprenticeship_enrolment add column course_title varchar(200);
