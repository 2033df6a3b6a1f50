-- The cleanup of provisional placements (made by Deep Linking, never launched) finds them by their age every
-- minute: unbound rows (resource_link_id is null) ordered by created_at.
create index ix_placement_provisional on placement (resource_link_id, created_at);
