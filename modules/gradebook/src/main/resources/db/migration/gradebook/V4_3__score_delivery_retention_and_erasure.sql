-- Retention deletes sent scores by age, and an erasure finds a student's scores by platform and LMS user id.
create index ix_score_delivery_sent on score_delivery (status, sent_at);
create index ix_score_delivery_platform_student on score_delivery (platform_id, student_subject);
