-- The career plan: one per student per school (platform), written only by the student; its sections (words and a
-- voice recording in the media store), next steps with dates, the versions the student sent for feedback (kept whole
-- as JSON), comments beside a section of a sent version, and teachers' notes to a section for a whole class.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table career_plan (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    student_name     varchar(255),
    state            varchar(16) not null,
    unsent_changes   boolean not null,
    support_shared   boolean not null,
    trade            varchar(120),
    area             varchar(120),
    versions_sent    integer not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint uq_career_plan_student unique (platform_id, student_subject),
    constraint ck_career_plan_state check (state in ('NOT_STARTED', 'DRAFT', 'SENT', 'NEEDS_CHANGES', 'APPROVED'))
);

create table career_plan_answer (
    plan_id         uuid not null references career_plan (id) on delete cascade,
    section         varchar(16) not null,
    answer_text     varchar(4000),
    voice_media_id  uuid,
    updated_at      timestamp with time zone not null,
    primary key (plan_id, section)
);

create table career_plan_step (
    plan_id    uuid not null references career_plan (id) on delete cascade,
    position   integer not null,
    step_id    varchar(36) not null,
    step_text  varchar(300) not null,
    due_on     date not null,
    done_at    timestamp with time zone,
    primary key (plan_id, position)
);

create table career_plan_version (
    id          uuid primary key,
    plan_id     uuid not null references career_plan (id) on delete cascade,
    number      integer not null,
    snapshot    varchar(65000) not null,
    sent_at     timestamp with time zone not null,
    verdict     varchar(16),
    verdict_by  varchar(255),
    verdict_at  timestamp with time zone,
    constraint uq_career_plan_version unique (plan_id, number)
);

create table career_plan_comment (
    id              uuid primary key,
    plan_id         uuid not null references career_plan (id) on delete cascade,
    version_number  integer not null,
    section         varchar(16),
    author_subject  varchar(255) not null,
    author_name     varchar(255),
    author_role     varchar(16) not null,
    comment_text    varchar(2000) not null,
    written_at      timestamp with time zone not null
);

create index ix_career_plan_comment_plan on career_plan_comment (plan_id, version_number);

create table career_plan_class_note (
    id              uuid primary key,
    platform_id     uuid not null,
    context_id      varchar(255) not null,
    section         varchar(16) not null,
    author_subject  varchar(255) not null,
    author_name     varchar(255),
    note_text       varchar(1000) not null,
    written_at      timestamp with time zone not null
);

create index ix_career_plan_class_note_course on career_plan_class_note (platform_id, context_id);

-- Each placed career-plan activity a student opened their plan from: a state change is reported to each of them.
create table career_plan_placement (
    plan_id          uuid not null references career_plan (id) on delete cascade,
    placement_id     uuid not null references placement (id) on delete cascade,
    first_opened_at  timestamp with time zone not null,
    primary key (plan_id, placement_id)
);

create index ix_career_plan_placement_placement on career_plan_placement (placement_id);
