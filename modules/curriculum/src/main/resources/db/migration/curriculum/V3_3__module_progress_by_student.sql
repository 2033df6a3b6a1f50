-- An export or erasure finds a student's progress in every placed module by platform and LMS user id.
create index ix_module_progress_platform_student on module_progress (platform_id, student_subject);
