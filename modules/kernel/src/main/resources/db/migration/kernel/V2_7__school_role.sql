-- Roles a school's LMS administrator grants to LMS users of that school (platform), beyond what a launch says: the
-- apprenticeship consultant, who follows the whole school whatever their role in the course they launch from.
-- granted_by_subject: the administrator's LMS user id; emptied when that person's data is erased (the grant stays).
create table school_role (
    id            uuid primary key,
    platform_id   uuid not null,
    subject       varchar(255) not null,
    role          varchar(20) not null,
    display_name  varchar(120) not null,
    granted_by_subject varchar(255),
    granted_at    timestamp with time zone not null,
    constraint uq_school_role unique (platform_id, subject, role),
    constraint ck_school_role_role check (role in ('CONSULTANT'))
);
create index ix_school_role_granted_by on school_role (platform_id, granted_by_subject);
