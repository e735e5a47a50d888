-- Monthly snapshots of the region's figures (insights module): demand against supply per
-- month x skill x municipality x level, so the trend survives later edits of needs, profiles
-- and courses. '*' in skill_uri, municipality_code or level_code is the total over that
-- dimension, computed exactly when the snapshot is taken (distinct people, needs and courses
-- cannot be added up afterwards: one course runs in several places and teaches several skills).
-- The job rewrites the rows of the current month only; past months are never written again.
create table insight_snapshot (
    snapshot_month     char(7)          not null,
    municipality_code  varchar(10)      not null,
    level_code         varchar(20)      not null,
    skill_uri          varchar(255)     not null,
    demand             double precision not null,
    demand_sources     integer          not null,
    supply_courses     integer          not null,
    supply_seats       integer          not null,
    reachable_courses  integer          not null,
    unmet_skills       integer          not null,
    taken_at           timestamp with time zone not null,
    primary key (snapshot_month, municipality_code, level_code, skill_uri)
);
