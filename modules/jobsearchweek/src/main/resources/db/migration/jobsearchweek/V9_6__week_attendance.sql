-- Attendance: per occasion (a session of a job-search week, or one date of a job café) and student, the latest
-- status and who recorded it when. One row per student and occasion; a register goes with its placement, and a
-- session's with the session.
create table week_attendance (
    id                uuid primary key,
    placement_id      uuid not null references placement (id) on delete cascade,
    platform_id       uuid not null,
    context_id        varchar(255) not null,
    session_id        uuid references job_search_week_session (id) on delete cascade,
    cafe_date         date,
    student_subject   varchar(255) not null,
    status            varchar(8) not null,
    recorded_by       varchar(255) not null,
    recorded_by_name  varchar(255),
    recorded_at       timestamp with time zone not null,
    version           bigint not null,
    constraint ck_week_attendance_occasion check ((session_id is null) <> (cafe_date is null)),
    constraint ck_week_attendance_status check (status in ('PRESENT', 'ABSENT', 'EXCUSED', 'LATE'))
);
-- One row per student and occasion. Not partial indexes (H2, which command 1 runs on, has none): a row has exactly one
-- of session_id and cafe_date (the check above), and a null never equals another in a unique index, so each index
-- only ever compares rows of its own kind.
create unique index uq_week_attendance_session on week_attendance (placement_id, session_id, student_subject);
create unique index uq_week_attendance_cafe on week_attendance (placement_id, cafe_date, student_subject);
create index ix_week_attendance_student on week_attendance (platform_id, student_subject);
