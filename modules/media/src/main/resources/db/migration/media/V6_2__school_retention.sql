-- How long each school (platform) keeps assessed recordings; no row: the operator's default (LPK_MEDIA_RETENTION_DAYS).
create table media_school_retention (
    platform_id     uuid primary key,
    retention_days  integer not null,
    changed_at      timestamp with time zone not null,
    constraint ck_media_school_retention_days check (retention_days between 7 and 365)
);
-- When the owning feature marked a file assessed: a changed school setting recomputes the deletion date from it.
-- Null for a file not yet assessed (never deleted by retention) or one whose feature set its own date.
alter table media_item add column assessed_at timestamp with time zone;
create index ix_media_item_assessed on media_item (platform_id, assessed_at);
