-- The job café: one recurring time and place per café placement (its dates are computed, not stored), and the
-- teacher's ticks "har læreplads" per student of a course, which decide who must come while the tool does not yet
-- follow each student's placement status. A café goes with its placement.
create table job_cafe (
    placement_id  uuid primary key references placement (id) on delete cascade,
    platform_id   uuid not null,
    context_id    varchar(255) not null,
    weekday       integer not null,
    starts_at     time not null,
    ends_at       time not null,
    place         varchar(200) not null,
    from_date     date not null,
    to_date       date not null,
    updated_by    varchar(255) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint ck_job_cafe_weekday check (weekday between 1 and 7),
    constraint ck_job_cafe_times check (ends_at > starts_at),
    constraint ck_job_cafe_dates check (to_date >= from_date)
);

create table job_cafe_apprenticeship (
    platform_id      uuid not null,
    context_id       varchar(255) not null,
    student_subject  varchar(255) not null,
    ticked_by        varchar(255) not null,
    ticked_at        timestamp with time zone not null,
    primary key (platform_id, context_id, student_subject)
);
create index ix_job_cafe_apprenticeship_student on job_cafe_apprenticeship (platform_id, student_subject);
