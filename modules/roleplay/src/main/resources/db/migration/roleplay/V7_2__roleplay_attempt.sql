-- The recorded attempt of a placed role-play: per student and placement several attempts (the latest counts), each
-- with what the student was told when they said yes to being recorded, an answer per prompt (a media store id or typed
-- words), their self-assessment, the teacher's levels and feedback per criterion, and mentors' comments. Recordings
-- themselves live in the media store. Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table roleplay_attempt (
    id                      uuid primary key,
    placement_id            uuid not null references placement (id) on delete cascade,
    platform_id             uuid not null,
    student_subject         varchar(255) not null,
    student_name            varchar(255),
    number                  integer not null,
    preview                 boolean not null,
    state                   varchar(12) not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    consent_at              timestamp with time zone,
    consent_text            varchar(2000),
    consent_audience        varchar(80),
    consent_retention_days  integer,
    sent_at                 timestamp with time zone,
    assessed_at             timestamp with time zone,
    assessor_subject        varchar(255),
    released_at             timestamp with time zone,
    score                   integer,
    score_maximum           integer not null,
    version                 integer not null,
    constraint uq_roleplay_attempt_number unique (placement_id, platform_id, student_subject, number),
    constraint ck_roleplay_attempt_state check (state in ('DRAFT', 'SENT', 'ASSESSED', 'RELEASED')),
    constraint ck_roleplay_attempt_sent_consented check (state = 'DRAFT' or sent_at is not null)
);

create index ix_roleplay_attempt_student on roleplay_attempt (platform_id, student_subject);

create table roleplay_attempt_answer (
    attempt_id   uuid not null references roleplay_attempt (id) on delete cascade,
    position     integer not null,
    prompt_id    varchar(80) not null,
    mode         varchar(10) not null,
    media_id     uuid,
    typed_text   varchar(2000),
    answered_at  timestamp with time zone not null,
    primary key (attempt_id, position),
    constraint ck_roleplay_answer_one_kind check ((media_id is null) <> (typed_text is null))
);

create table roleplay_attempt_self (
    attempt_id    uuid not null references roleplay_attempt (id) on delete cascade,
    position      integer not null,
    criterion_id  varchar(80) not null,
    points        integer not null,
    feedback      varchar(2000),
    prompt_id     varchar(80),
    at_second     integer,
    primary key (attempt_id, position)
);

create table roleplay_attempt_mark (
    attempt_id    uuid not null references roleplay_attempt (id) on delete cascade,
    position      integer not null,
    criterion_id  varchar(80) not null,
    points        integer not null,
    feedback      varchar(2000),
    prompt_id     varchar(80),
    at_second     integer,
    primary key (attempt_id, position)
);

create table roleplay_attempt_comment (
    attempt_id      uuid not null references roleplay_attempt (id) on delete cascade,
    position        integer not null,
    author_subject  varchar(255) not null,
    author_name     varchar(255),
    comment_text    varchar(2000) not null,
    written_at      timestamp with time zone not null,
    primary key (attempt_id, position)
);
