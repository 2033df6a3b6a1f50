-- The week's own record of how far each student is in each activity placed as a part of a week, kept from the
-- progress the part's activity reports (in that activity's transaction): what the week's progress page and the
-- week's score read, without asking another module. Goes with the part's placement.
create table week_part_progress (
    part_id          uuid not null references placement (id) on delete cascade,
    week_id          uuid not null references job_search_week (placement_id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    state            varchar(16) not null,
    fraction_done    double precision not null,
    score            double precision,
    recorded_at      timestamp with time zone not null,
    primary key (part_id, student_subject),
    constraint ck_week_part_progress_state check (state in ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'COMPLETED'))
);
create index ix_week_part_progress_week on week_part_progress (week_id);
create index ix_week_part_progress_student on week_part_progress (platform_id, student_subject);
