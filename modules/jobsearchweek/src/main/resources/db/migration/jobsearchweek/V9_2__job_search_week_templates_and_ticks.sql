-- A school's own week templates (a programme as JSON, no dates, no students), and the students' ticks on a week's
-- tasks (their personal data: exported and erased with them).
create table job_search_week_template (
    id              uuid primary key,
    platform_id     uuid not null,
    name            varchar(200) not null,
    programme_json  text not null,
    saved_by        varchar(255) not null,
    saved_at        timestamp with time zone not null
);

create index ix_job_search_week_template_platform on job_search_week_template (platform_id);

create table job_search_week_task_tick (
    id               uuid primary key,
    task_id          uuid not null references job_search_week_activity (id) on delete cascade,
    week_id          uuid not null references job_search_week (placement_id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    ticked_at        timestamp with time zone not null,
    constraint uq_job_search_week_task_tick unique (task_id, student_subject)
);

create index ix_job_search_week_task_tick_student on job_search_week_task_tick (platform_id, student_subject);
