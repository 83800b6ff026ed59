--liquibase formatted sql

--changeset canopy:001-app-role-privileges
-- The application role owns nothing; it may only read and write rows, including in tables created later.
GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

--changeset canopy:001-current-tenant splitStatements:false
-- The tenant the core set for this transaction, or NULL (so tenant-owned tables read empty).
CREATE FUNCTION canopy_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('canopy.tenant_id', true), '')::uuid $$;

--changeset canopy:001-tenant
-- Platform table: not tenant-owned, reached only through the core and the operator API.
CREATE TABLE tenant (
    id          uuid PRIMARY KEY,
    slug        varchar(63)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$'),
    name        varchar(200) NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('TRUST', 'HUB')),
    status      varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);

--changeset canopy:001-tenant-module
CREATE TABLE tenant_module (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id),
    id          uuid        NOT NULL PRIMARY KEY,
    module_id   varchar(63) NOT NULL,
    enabled     boolean     NOT NULL,
    CONSTRAINT tenant_module_unique UNIQUE (tenant_id, module_id)
);

--changeset canopy:001-audit-event
CREATE TABLE audit_event (
    tenant_id    uuid         NOT NULL REFERENCES tenant (id),
    id           uuid         NOT NULL PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(254) NOT NULL,
    action       varchar(16)  NOT NULL,
    entity_type  varchar(40)  NOT NULL,
    entity_id    varchar(64)  NOT NULL,
    summary      text         NOT NULL
);
CREATE INDEX audit_event_by_time ON audit_event (tenant_id, occurred_at DESC);

--changeset canopy:001-rls-tenancy
ALTER TABLE tenant_module ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_module FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_module
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_event
    USING (tenant_id = canopy_current_tenant()) WITH CHECK (tenant_id = canopy_current_tenant());
