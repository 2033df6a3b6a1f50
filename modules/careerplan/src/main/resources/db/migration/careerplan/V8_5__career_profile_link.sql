-- A published profile shared as a link: the link's secret is 256 random bits of which only the SHA-256 is kept, so the
-- database alone opens no link. It expires (30 days by default), the student can revoke it, and withdrawing the
-- profile revokes every link. Each view is counted for the student (a count and the last time, nothing of the viewer).
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table career_profile_link (
    id               uuid primary key,
    profile_id       uuid not null references career_profile (id) on delete cascade,
    token_hash       varchar(64) not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    revoked_by       varchar(20),
    view_count       integer not null,
    last_view_at     timestamp with time zone,
    version          bigint not null,
    constraint uq_career_profile_link_token unique (token_hash),
    constraint ck_career_profile_link_revoked check ((revoked_at is null) = (revoked_by is null))
);

create index ix_career_profile_link_profile on career_profile_link (profile_id);
