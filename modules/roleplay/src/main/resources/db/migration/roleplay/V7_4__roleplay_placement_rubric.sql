-- A teacher's own rubric for one placed role-play: the scenario's criteria (all or some), each with the teacher's
-- wording and points per level, as JSON in the form the scenario pack uses. No row: the scenario's rubric applies.
-- The wording applies in every language the page is shown in. Runs on PostgreSQL and on H2 in PostgreSQL mode.
create table roleplay_placement_rubric (
    placement_id  uuid primary key references placement (id) on delete cascade,
    criteria      varchar(60000) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(255) not null,
    version       integer not null
);
