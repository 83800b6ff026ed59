--liquibase formatted sql

--changeset canopy:004-sharing-grant
-- A trust lets a hub see one of its schools for one module, read-only or contributing, until a date.
-- It belongs to two tenants at once, so it is a platform table (no tenant_id, no RLS) reached only
-- through the core, which always filters by the trust or the hub of the request; the school's own
-- data is then read in the trust's tenant context, under RLS.
CREATE TABLE sharing_grant (
    id               uuid          PRIMARY KEY,
    trust_tenant     uuid          NOT NULL REFERENCES tenant (id),
    hub_tenant       uuid          NOT NULL REFERENCES tenant (id),
    school_id        uuid          NOT NULL,
    module_id        varchar(63)   NOT NULL,
    access           varchar(16)   NOT NULL CHECK (access IN ('READ', 'CONTRIBUTE')),
    until            date          NOT NULL,
    granted_by       varchar(254)  NOT NULL,
    granted_at       timestamptz   NOT NULL,
    revoked_at       timestamptz,
    CONSTRAINT sharing_grant_school FOREIGN KEY (trust_tenant, school_id) REFERENCES school (tenant_id, id),
    CONSTRAINT sharing_grant_not_self CHECK (trust_tenant <> hub_tenant)
);
CREATE INDEX sharing_grant_by_hub ON sharing_grant (hub_tenant, until);
CREATE INDEX sharing_grant_by_trust ON sharing_grant (trust_tenant);
