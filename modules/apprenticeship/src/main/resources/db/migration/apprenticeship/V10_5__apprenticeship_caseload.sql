-- What the school's staff keep about a student beside the student's own search: notes for colleagues (some also for
-- the student's mentors), contacts with the student's company, and the next steps case conferences agreed on. Kept per
-- school (platform) and LMS user id, like the search; exported and erased with the student.
create table apprenticeship_student_note (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    author_subject   varchar(255) not null,
    author_name      varchar(200),
    note_text        varchar(2000) not null,
    for_mentors      boolean not null,
    written_at       timestamp with time zone not null
);
create index ix_apprenticeship_student_note_student on apprenticeship_student_note (platform_id, student_subject);

create table apprenticeship_company_contact (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    contact_kind     varchar(24) not null,
    company_name     varchar(200) not null,
    contacted_on     date not null,
    note_text        varchar(2000),
    author_subject   varchar(255) not null,
    author_name      varchar(200),
    created_at       timestamp with time zone not null,
    constraint ck_apprenticeship_company_contact_kind
        check (contact_kind in ('VISIT', 'CALL', 'MEETING_WITH_MASTER', 'EMAIL'))
);
create index ix_apprenticeship_company_contact_student on apprenticeship_company_contact (platform_id, student_subject);

create table apprenticeship_next_step (
    id               uuid primary key,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    step_text        varchar(500) not null,
    responsible      varchar(200) not null,
    due_on           date not null,
    done_at          timestamp with time zone,
    done_by          varchar(255),
    author_subject   varchar(255) not null,
    author_name      varchar(200),
    created_at       timestamp with time zone not null,
    version          bigint not null,
    constraint ck_apprenticeship_next_step_done check ((done_at is null) = (done_by is null))
);
create index ix_apprenticeship_next_step_student on apprenticeship_next_step (platform_id, student_subject);
