--liquibase formatted sql

--changeset unsafe-module:1
CREATE TABLE secret (
    tenant_id  uuid NOT NULL,
    text       text NOT NULL
);
