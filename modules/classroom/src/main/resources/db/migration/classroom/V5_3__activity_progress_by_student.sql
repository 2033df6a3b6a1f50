-- An export or erasure finds a student's progress rows by LMS user id (their platform through the placement).
create index ix_activity_progress_student on activity_progress (student_subject);
