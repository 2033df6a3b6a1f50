-- The branching conversation practice of a placed role-play: per student and placement, the path of the latest walk
-- (node ids and chosen answers; typed words only when the student typed their own). Runs on PostgreSQL and on H2 in
-- PostgreSQL mode.
create table roleplay_practice (
    id                 uuid primary key,
    placement_id       uuid not null references placement (id) on delete cascade,
    platform_id        uuid not null,
    student_subject    varchar(255) not null,
    student_name       varchar(255),
    preview            boolean not null,
    started_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    finished_at        timestamp with time zone,
    first_finished_at  timestamp with time zone,
    times_finished     integer not null,
    version            integer not null,
    constraint uq_roleplay_practice_student unique (placement_id, platform_id, student_subject)
);

create index ix_roleplay_practice_student on roleplay_practice (platform_id, student_subject);

create table roleplay_practice_step (
    id           uuid primary key,
    practice_id  uuid not null references roleplay_practice (id) on delete cascade,
    position     integer not null,
    node_id      varchar(80) not null,
    answer_id    varchar(80) not null,
    typed_text   varchar(500),
    answered_at  timestamp with time zone not null,
    constraint uq_roleplay_practice_step unique (practice_id, position),
    constraint ck_roleplay_typed_only_own check (typed_text is null or answer_id = 'own')
);
