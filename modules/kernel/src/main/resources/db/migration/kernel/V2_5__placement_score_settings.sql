-- Whether the platform lets the tool post scores for a link (its launch's score scope), and the teacher's
-- "show points as they grow" choice (off: scores in progress go as not yet graded).
alter table placement add column scores_allowed boolean not null default true;
alter table placement add column growing_points_graded boolean not null default false;
