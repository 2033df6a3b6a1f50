-- The job-search week: one per week placement (deleted with it), its day themes and planners, its sessions (times as
-- minutes after midnight, Copenhagen wall-clock time) and its activities (a part placement of the week, deleted with
-- the part, or a task the student ticks). Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table job_search_week (
    placement_id  uuid primary key references placement (id) on delete cascade,
    platform_id   uuid not null,
    context_id    varchar(255) not null,
    title         varchar(200) not null,
    first_day     date not null,
    day_count     integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint ck_job_search_week_days check (day_count between 1 and 10)
);

create index ix_job_search_week_course on job_search_week (platform_id, context_id);

create table job_search_week_day (
    week_id     uuid not null references job_search_week (placement_id) on delete cascade,
    day_number  integer not null,
    theme       varchar(200) not null,
    primary key (week_id, day_number)
);

create table job_search_week_planner (
    week_id  uuid not null references job_search_week (placement_id) on delete cascade,
    subject  varchar(255) not null,
    primary key (week_id, subject)
);

create index ix_job_search_week_planner_subject on job_search_week_planner (subject);

create table job_search_week_session (
    id             uuid primary key,
    week_id        uuid not null references job_search_week (placement_id) on delete cascade,
    day_number     integer not null,
    starts_minute  integer not null,
    ends_minute    integer not null,
    title          varchar(200) not null,
    place          varchar(200),
    online_link    varchar(1000),
    host           varchar(200),
    bring          varchar(1000),
    constraint ck_job_search_week_session_time check (starts_minute >= 0 and ends_minute > starts_minute and ends_minute < 1440)
);

create index ix_job_search_week_session_week on job_search_week_session (week_id);

create table job_search_week_activity (
    id             uuid primary key,
    week_id        uuid not null references job_search_week (placement_id) on delete cascade,
    kind           varchar(8) not null,
    position       integer not null,
    due_on         date not null,
    title          varchar(200) not null,
    part_id        uuid references placement (id) on delete cascade,
    activity_type  varchar(40),
    activity_key   varchar(80),
    link           varchar(1000),
    constraint ck_job_search_week_activity_kind check (
        (kind = 'PART' and part_id is not null and activity_type is not null and activity_key is not null)
        or (kind = 'TASK' and part_id is null))
);

create index ix_job_search_week_activity_week on job_search_week_activity (week_id);
create unique index uq_job_search_week_activity_part on job_search_week_activity (part_id);
