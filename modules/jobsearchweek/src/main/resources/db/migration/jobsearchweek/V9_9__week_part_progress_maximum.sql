-- The maximum each part's score was reported against, kept beside the score: a role-play's assessed score is out of
-- its rubric's total, which may differ from the maximum the part was placed with, so the week's score can only weigh
-- a part's points right with the maximum that came with them. Null for rows from before: the part's placed maximum.
alter table week_part_progress add column score_maximum double precision;
