-- Students' progress through placed teaching modules: steps done, quiz answers, reflections and uploaded files.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table module_progress (
    id               uuid primary key,
    placement_id     uuid not null references placement (id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    student_name     varchar(255),
    preview          boolean not null,
    current_step     varchar(80),
    state            varchar(20) not null,
    fraction_done    double precision not null,
    score            double precision,
    started_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    completed_at     timestamp with time zone,
    version          integer not null,
    constraint uq_module_progress_student unique (placement_id, platform_id, student_subject)
);

create table module_step_progress (
    id               uuid primary key,
    progress_id      uuid not null references module_progress (id) on delete cascade,
    step_id          varchar(80) not null,
    done             boolean not null,
    done_at          timestamp with time zone,
    reflection_text  varchar(4000),
    updated_at       timestamp with time zone not null,
    constraint uq_module_step_progress unique (progress_id, step_id)
);

create table module_quiz_answer (
    id                 uuid primary key,
    progress_id        uuid not null references module_progress (id) on delete cascade,
    step_id            varchar(80) not null,
    question_id        varchar(80) not null,
    first_option_id    varchar(80) not null,
    first_correct      boolean not null,
    last_option_id     varchar(80) not null,
    last_correct       boolean not null,
    attempts           integer not null,
    first_answered_at  timestamp with time zone not null,
    last_answered_at   timestamp with time zone not null,
    constraint uq_module_quiz_answer unique (progress_id, step_id, question_id)
);

create table module_upload (
    id            uuid primary key,
    progress_id   uuid not null references module_progress (id) on delete cascade,
    step_id       varchar(80) not null,
    file_name     varchar(255) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint not null,
    content       bytea not null,
    uploaded_at   timestamp with time zone not null,
    constraint uq_module_upload_step unique (progress_id, step_id),
    constraint ck_module_upload_size check (size_bytes > 0 and size_bytes <= 10485760)
);
