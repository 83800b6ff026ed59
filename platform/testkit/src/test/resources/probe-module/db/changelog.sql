--liquibase formatted sql

--changeset probe-module:1
CREATE TABLE probe (
    tenant_id  uuid         NOT NULL DEFAULT canopy_current_tenant(),
    id         uuid         NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    school_id  uuid,
    text       varchar(100) NOT NULL
);
SELECT canopy_protect_tenant_table('probe');
