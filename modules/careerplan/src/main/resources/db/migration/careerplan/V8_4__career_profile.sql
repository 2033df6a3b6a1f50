-- "Min profil": the one-page profile a student builds from their career plan for companies. Only what shows the
-- student at their best: up to three strengths with an example each, the trade and area sought, how to reach them,
-- and a photo or short film of their work (a media store file). There is no column for weaknesses or support needs:
-- they can never be part of it. Published or not, the student's choice at any time.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table career_profile (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    plan_id          uuid not null references career_plan (id) on delete cascade,
    shown_name       varchar(120),
    trade            varchar(120),
    area             varchar(120),
    contact          varchar(300),
    work_media_id    uuid,
    work_kind        varchar(8),
    published        boolean not null,
    published_at     timestamp with time zone,
    withdrawn_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint uq_career_profile_student unique (platform_id, student_subject),
    constraint ck_career_profile_work check (work_kind is null or work_kind in ('IMAGE', 'VIDEO'))
);

create table career_profile_strength (
    profile_id     uuid not null references career_profile (id) on delete cascade,
    position       integer not null,
    strength_text  varchar(200) not null,
    example_text   varchar(500) not null,
    primary key (profile_id, position)
);

create index ix_career_profile_trade on career_profile (platform_id, published, trade);
