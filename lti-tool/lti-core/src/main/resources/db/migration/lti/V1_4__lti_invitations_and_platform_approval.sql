-- One-time invitations an operator hands to a school: only a hash of the secret is kept.
create table lti_invitation (
    id           uuid primary key,
    school       varchar(255) not null,
    secret_hash  varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint uq_lti_invitation_secret unique (secret_hash)
);

-- A platform registered without an invitation (open registration) waits for the operator's approval.
-- Every platform that exists already was registered by an admin or the demo: approved.
alter table lti_platform add column status varchar(20) default 'APPROVED' not null;
-- The invitation (and so the school) a dynamically registered platform came with.
alter table lti_platform add column invitation_id uuid references lti_invitation (id);
