-- Platforms (schools' LMSs), their deployments, and the tool's own key pairs.
create table lti_platform (
    id              uuid primary key,
    issuer          varchar(500) not null,
    client_id       varchar(255) not null,
    name            varchar(255) not null,
    auth_login_url  varchar(1000) not null,
    token_url       varchar(1000),
    jwks_url        varchar(1000) not null,
    registered_at   timestamp with time zone not null,
    constraint uq_lti_platform_issuer_client unique (issuer, client_id)
);

create table lti_deployment (
    id             uuid primary key,
    platform_id    uuid not null references lti_platform (id) on delete cascade,
    deployment_id  varchar(255) not null,
    created_at     timestamp with time zone not null,
    constraint uq_lti_deployment unique (platform_id, deployment_id)
);

create table lti_tool_key (
    kid          varchar(64) primary key,
    private_jwk  varchar(8000) not null,
    created_at   timestamp with time zone not null,
    retired_at   timestamp with time zone
);
