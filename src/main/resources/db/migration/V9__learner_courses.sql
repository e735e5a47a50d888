-- Courses a learner saved from their advice, and whether they marked interest (they mean to
-- follow it). Interest makes the course's skills count as "in training" when an employer's need
-- is matched to the learner. Deleted with the profile, or with the course.
create table learner_course (
    profile_id  bigint not null references learner_profile (id) on delete cascade,
    course_id   bigint not null references course (id) on delete cascade,
    interested  boolean not null,
    saved_at    timestamp with time zone not null,
    primary key (profile_id, course_id)
);
