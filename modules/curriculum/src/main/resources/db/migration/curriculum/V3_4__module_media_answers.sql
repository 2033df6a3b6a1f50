-- Voice answers to reflections and the work a student shows (a photo or a short film): the bytes live in the media
-- store (media_item), a step's progress keeps only their ids, what was shown and the student's caption.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
alter table module_step_progress add column voice_media_id uuid;
alter table module_step_progress add column work_media_id uuid;
alter table module_step_progress add column work_kind varchar(10);
alter table module_step_progress add column work_caption varchar(300);
