-- The gradebook outbox: scores on their way to the platforms' gradebook columns.
create sequence score_delivery_seq start with 1 increment by 1;

create table score_delivery (
    id                 uuid primary key,
    seq                bigint not null,
    placement_id       uuid not null,
    platform_id        uuid not null,
    student_subject    varchar(255) not null,
    score_given        double precision not null,
    score_maximum      double precision not null,
    activity_progress  varchar(20) not null,
    grading_progress   varchar(20) not null,
    score_timestamp    timestamp with time zone not null,
    status             varchar(10) not null,
    attempts           integer not null,
    next_attempt_at    timestamp with time zone not null,
    leased_until       timestamp with time zone,
    last_reason        varchar(255),
    sent_at            timestamp with time zone,
    created_at         timestamp with time zone not null
);
create index ix_score_delivery_due on score_delivery (status, next_attempt_at);
create index ix_score_delivery_student on score_delivery (placement_id, student_subject, seq);
