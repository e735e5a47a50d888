-- The daily digest of alert notifications (email_delivery = 'DIGEST'). A user opts in to it
-- (digest_enabled, off by default); last_digest_on is the day (Europe/Amsterdam) the last digest
-- went to them, so no one gets two on one day.
alter table notification_setting add column digest_enabled boolean default false not null;
alter table notification_setting add column last_digest_on date;
create index ix_notification_waiting on notification (email_delivery, emailed_at);
