-- Activities placed in courses, bound to the platform's resource links.
create table placement (
    id                uuid primary key,
    platform_id       uuid not null,
    context_id        varchar(255) not null,
    resource_link_id  varchar(255),
    activity_type     varchar(40) not null,
    activity_key      varchar(80) not null,
    title             varchar(255) not null,
    score_maximum     double precision not null,
    line_item_url     varchar(1000),
    line_items_url    varchar(1000),
    created_at        timestamp with time zone not null,
    constraint uq_placement_link unique (platform_id, resource_link_id)
);
create index ix_placement_context on placement (platform_id, context_id);
