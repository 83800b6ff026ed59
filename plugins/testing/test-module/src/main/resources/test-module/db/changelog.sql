--liquibase formatted sql

--changeset test-module:1
CREATE TABLE note (
    tenant_id   uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id          uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    school_id   uuid,
    text        varchar(500)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX note_by_tenant ON note (tenant_id, created_at);
SELECT canopy_protect_tenant_table('note');

--changeset test-module:2
CREATE TABLE note_attachment (
    tenant_id     uuid          NOT NULL DEFAULT canopy_current_tenant(),
    note_id       uuid          NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    filename      varchar(255)  NOT NULL,
    content_type  varchar(100)  NOT NULL,
    content       bytea         NOT NULL,
    PRIMARY KEY (tenant_id, note_id)
);
SELECT canopy_protect_tenant_table('note_attachment');

CREATE TABLE guest_link (
    tenant_id   uuid          NOT NULL DEFAULT canopy_current_tenant(),
    token       varchar(64)   NOT NULL,
    label       varchar(200)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, token)
);
SELECT canopy_protect_tenant_table('guest_link');

--changeset test-module:3
-- Notes that name an improvement priority of another module (the CPD audit's), by its id: what the
-- test module reports it puts behind that priority.
CREATE TABLE priority_note (
    tenant_id    uuid          NOT NULL DEFAULT canopy_current_tenant(),
    id           uuid          NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    priority_id  uuid          NOT NULL,
    text         varchar(500)  NOT NULL,
    hours        numeric(6,1)  NOT NULL CHECK (hours > 0),
    created_at   timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX priority_note_by_priority ON priority_note (tenant_id, priority_id);
SELECT canopy_protect_tenant_table('priority_note');
