-- Exactly once, last value wins: a lease names its worker (only that worker may settle the row), and a version
-- makes a write from a stale copy fail instead of overwriting a newer score. Status may now also be PARKED
-- (the tool has nowhere to send the score); like FAILED, the worker never picks it again.
alter table score_delivery add column lease_token uuid;
alter table score_delivery add column version bigint not null default 0;
