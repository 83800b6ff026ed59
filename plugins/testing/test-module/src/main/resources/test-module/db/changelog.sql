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
