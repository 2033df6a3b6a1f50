-- A teacher's recorded voice for one line of the other person in one placed role-play (the opening of the recorded
-- attempt, or what the other person says at a node of the conversation). The sound itself is in the media store
-- (purpose roleplay-voice); students of the course hear it instead of the browser's read-aloud. Runs on PostgreSQL and
-- on H2 in PostgreSQL mode.
create table roleplay_placement_voice (
    placement_id  uuid not null references placement (id) on delete cascade,
    line_id       varchar(100) not null,
    media_id      uuid not null,
    uploaded_by   varchar(255) not null,
    uploaded_at   timestamp with time zone not null,
    primary key (placement_id, line_id)
);

create unique index ux_roleplay_placement_voice_media on roleplay_placement_voice (media_id);
