-- Hibernate Search outbox-polling coordination (profile opensearch): changes to indexed
-- entities are written here in the same transaction, and every app node's event processor
-- polls them and updates the shared index. Exactly the DDL Hibernate generates for PostgreSQL,
-- so the schema validates; unused (and empty) while the coordination strategy is "none".
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenant_id varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

create index processAfter on hsearch_outbox_event (process_after);
