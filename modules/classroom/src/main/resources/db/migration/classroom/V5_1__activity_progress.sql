-- Every student's progress in every placed activity, for the teacher's class overview.
create table activity_progress (
    id               uuid primary key,
    placement_id     uuid not null,
    student_subject  varchar(255) not null,
    state            varchar(20) not null,
    fraction_done    double precision not null,
    score            double precision,
    score_maximum    double precision not null,
    updated_at       timestamp with time zone not null,
    constraint uq_activity_progress unique (placement_id, student_subject)
);
