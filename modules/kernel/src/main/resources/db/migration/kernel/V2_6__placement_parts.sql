-- Parts of a placement (a job-search week holds modules, role-plays and the career plan as parts): a part names
-- its whole, has no link of its own and is deleted with its whole. own_column: the teacher gave the part a
-- gradebook column of its own (made in the whole's column container); otherwise its scores stay in the tool.
alter table placement add column part_of uuid;
alter table placement add column own_column boolean default false not null;
alter table placement add constraint fk_placement_part_of foreign key (part_of) references placement (id) on delete cascade;
alter table placement add constraint ck_placement_part_has_no_link check (part_of is null or resource_link_id is null);
create index ix_placement_part_of on placement (part_of, created_at);
