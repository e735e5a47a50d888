-- When a course was first published: the progress report counts "courses published in the period"
-- by it. updated_at cannot say this, as every edit and every nightly re-import moves it.
alter table course add column first_published_at timestamp with time zone;

-- Existing courses: almost all were published when they were created (seed, CSV/OOAPI import,
-- API), so created_at is the best estimate there is; updated_at would put every re-imported
-- course in the month of its last import. Archived courses were published before (the catalogue
-- archives what it has shown); drafts never were.
update course set first_published_at = created_at where status in ('PUBLISHED', 'ARCHIVED');

create index ix_course_first_published on course (first_published_at);
