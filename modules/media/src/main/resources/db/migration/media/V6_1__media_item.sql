-- The media store: one row per recording, voice answer or photo; the bytes are in the store (LPK_MEDIA_DIR), not here.
create table media_item (
    id               uuid primary key,
    platform_id      uuid not null,
    course_id        varchar(255) not null,
    student_subject  varchar(255) not null,
    purpose          varchar(40) not null,
    reference        varchar(200),
    kind             varchar(10) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint not null,
    created_at       timestamp with time zone not null,
    retain_until     timestamp with time zone
);
create index ix_media_item_student on media_item (platform_id, student_subject);
create index ix_media_item_reference on media_item (purpose, reference);
create index ix_media_item_retention on media_item (retain_until);
