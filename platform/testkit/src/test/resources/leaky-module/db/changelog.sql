--liquibase formatted sql

--changeset leaky-module:1
CREATE TABLE leak (
    tenant_id  uuid         NOT NULL,
    text       varchar(100) NOT NULL
);
