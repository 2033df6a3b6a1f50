-- What operators did through the admin API and page: when, from where, what.
create table lti_admin_audit (
    id              uuid primary key,
    occurred_at     timestamp with time zone not null,
    client_address  varchar(100) not null,
    action          varchar(100) not null,
    detail          varchar(1000)
);
create index ix_lti_admin_audit_occurred on lti_admin_audit (occurred_at);
