-- The apprenticeship search of a student, kept per school (platform) and LMS user id across courses: applications with
-- each move of their status, the placement status with its complete history, agreements, probation check-ins, where
-- the student opened the search from, and the course terms (GF2's end) staff set.
create table apprenticeship_application (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    context_id       varchar(255) not null,
    company_name     varchar(200) not null,
    cvr              varchar(8),
    trade            varchar(120),
    channel          varchar(20) not null,
    sent_on          date not null,
    status           varchar(20) not null,
    follow_up_on     date,
    notes            varchar(2000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint ck_apprenticeship_application_cvr check (cvr is null or cvr ~ '^[1-9][0-9]{7}$'),
    constraint ck_apprenticeship_application_channel
        check (channel in ('LAEREPLADSEN_DK', 'EMAIL', 'VISIT', 'PHONE', 'NETWORK')),
    constraint ck_apprenticeship_application_status check (status in ('SENT', 'INTERVIEW_CALLED', 'INTERVIEW_HELD',
        'OFFER', 'REJECTED', 'AGREEMENT_SIGNED', 'WITHDRAWN')),
    constraint ck_apprenticeship_application_follow_up check (follow_up_on is null or follow_up_on >= sent_on)
);
create index ix_apprenticeship_application_student on apprenticeship_application (platform_id, student_subject);
create index ix_apprenticeship_application_course on apprenticeship_application (platform_id, context_id);

create table apprenticeship_application_step (
    id               uuid primary key,
    application_id   uuid not null references apprenticeship_application (id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    from_status      varchar(20),
    to_status        varchar(20) not null,
    changed_on       date not null,
    changed_by       varchar(255) not null,
    changed_at       timestamp with time zone not null
);
create index ix_apprenticeship_application_step_application on apprenticeship_application_step (application_id);
create index ix_apprenticeship_application_step_student on apprenticeship_application_step (platform_id, student_subject);

create table apprenticeship_agreement (
    id                 uuid primary key,
    platform_id        uuid not null,
    student_subject    varchar(255) not null,
    application_id     uuid references apprenticeship_application (id) on delete set null,
    agreement_type     varchar(30) not null,
    company_name       varchar(200) not null,
    cvr                varchar(8),
    starts_on          date not null,
    ends_on            date,
    probation_ends_on  date,
    ended_handled_at   timestamp with time zone,
    created_at         timestamp with time zone not null,
    version            bigint not null,
    constraint ck_apprenticeship_agreement_type check (agreement_type in ('ORDINARY', 'SHORT', 'COMBINATION',
        'REMAINDER', 'NEW_MASTER_APPRENTICESHIP')),
    constraint ck_apprenticeship_agreement_cvr check (cvr is null or cvr ~ '^[1-9][0-9]{7}$'),
    constraint ck_apprenticeship_agreement_dates check (ends_on is null or ends_on > starts_on),
    constraint ck_apprenticeship_agreement_probation check (probation_ends_on is null
        or (probation_ends_on >= starts_on and (ends_on is null or probation_ends_on <= ends_on)))
);
create index ix_apprenticeship_agreement_student on apprenticeship_agreement (platform_id, student_subject);

create table apprenticeship_placement_status (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    state            varchar(30) not null,
    since            date not null,
    registered_on    date,
    agreement_id     uuid references apprenticeship_agreement (id),
    updated_at       timestamp with time zone not null,
    change_count     integer not null,
    version          bigint not null,
    constraint uq_apprenticeship_placement_status unique (platform_id, student_subject),
    constraint ck_apprenticeship_placement_status_state
        check (state in ('SEEKING', 'REGISTERED_SEEKING', 'AGREEMENT_SIGNED', 'SCHOOL_BASED_TRAINING')),
    constraint ck_apprenticeship_placement_status_registered
        check ((state = 'REGISTERED_SEEKING') = (registered_on is not null)),
    constraint ck_apprenticeship_placement_status_agreement
        check ((state = 'AGREEMENT_SIGNED') = (agreement_id is not null))
);

create table apprenticeship_status_change (
    id               uuid primary key,
    status_id        uuid not null references apprenticeship_placement_status (id) on delete cascade,
    sequence_no      integer not null,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    from_state       varchar(30),
    to_state         varchar(30) not null,
    effective_on     date not null,
    registered_on    date,
    agreement_id     uuid references apprenticeship_agreement (id) on delete set null,
    cause            varchar(20) not null,
    changed_by       varchar(255) not null,
    changed_at       timestamp with time zone not null,
    constraint ck_apprenticeship_status_change_cause check (cause in ('STUDENT', 'AGREEMENT_ENDED')),
    constraint uq_apprenticeship_status_change_sequence unique (status_id, sequence_no)
);
create index ix_apprenticeship_status_change_student on apprenticeship_status_change (platform_id, student_subject);
create index ix_apprenticeship_status_change_effective on apprenticeship_status_change (platform_id, effective_on);

create table apprenticeship_check_in (
    id               uuid primary key,
    agreement_id     uuid not null references apprenticeship_agreement (id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    week_of          date not null,
    wellbeing        varchar(8) not null,
    learning         varchar(8) not null,
    support          varchar(8) not null,
    note_to_mentor   varchar(1000),
    answered_at      timestamp with time zone not null,
    constraint uq_apprenticeship_check_in_week unique (agreement_id, week_of)
);
create index ix_apprenticeship_check_in_student on apprenticeship_check_in (platform_id, student_subject);

create table apprenticeship_enrolment (
    id               uuid primary key,
    platform_id      uuid not null,
    context_id       varchar(255) not null,
    student_subject  varchar(255) not null,
    display_name     varchar(200),
    first_seen       timestamp with time zone not null,
    last_seen        timestamp with time zone not null,
    constraint uq_apprenticeship_enrolment unique (platform_id, context_id, student_subject)
);
create index ix_apprenticeship_enrolment_student on apprenticeship_enrolment (platform_id, student_subject);

create table apprenticeship_course_term (
    id               uuid primary key,
    platform_id      uuid not null,
    context_id       varchar(255) not null,
    department_name  varchar(200),
    gf2_ends_on      date not null,
    set_by           varchar(255) not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint uq_apprenticeship_course_term unique (platform_id, context_id)
);
