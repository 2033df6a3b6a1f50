-- A master's feedback on a sent role-play attempt: the student's yes (and what they were told) on the attempt, the
-- links a teacher sends to masters (only the SHA-256 of each link's secret, its 14-day expiry, who revoked it, the
-- master's short comment, and how often it was opened), and one row per opening with its time only (no address, no
-- browser). Everything goes with the attempt. Runs on PostgreSQL and on H2 in PostgreSQL mode.
alter table roleplay_attempt add column master_consent_at timestamp with time zone;
alter table roleplay_attempt add column master_consent_text varchar(2000);
alter table roleplay_attempt add column master_consent_withdrawn_at timestamp with time zone;

create table roleplay_master_link (
    id               uuid primary key,
    attempt_id       uuid not null references roleplay_attempt (id) on delete cascade,
    platform_id      uuid not null,
    student_subject  varchar(255) not null,
    token_hash       varchar(64) not null,
    master_name      varchar(120),
    created_by       varchar(255) not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    revoked_by       varchar(20),
    comment_text     varchar(1000),
    commented_at     timestamp with time zone,
    view_count       integer not null,
    last_view_at     timestamp with time zone,
    version          integer not null,
    constraint uq_roleplay_master_link_token unique (token_hash),
    constraint ck_roleplay_master_link_revoked check ((revoked_at is null) = (revoked_by is null))
);

create index ix_roleplay_master_link_attempt on roleplay_master_link (attempt_id);
create index ix_roleplay_master_link_student on roleplay_master_link (platform_id, student_subject);

create table roleplay_master_view (
    id          uuid primary key,
    link_id     uuid not null references roleplay_master_link (id) on delete cascade,
    viewed_at   timestamp with time zone not null,
    nonce_hash  varchar(64) not null
);

create index ix_roleplay_master_view_link on roleplay_master_view (link_id);
create index ix_roleplay_master_view_nonce on roleplay_master_view (nonce_hash);
