-- Users who may call the API, with their role and company. WildFly's Elytron reads this table to authenticate every
-- request (jdbc-realm "tanji-users" in ear/src/main/wildfly/configure-server.cli): password_hash is a bcrypt hash in
-- Modular Crypt Format ("$2a$10$..."), made by Elytron's password factory, never a clear password; role becomes the
-- caller's one role. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE app_user (
    username        VARCHAR(100) PRIMARY KEY,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    -- the company whose data the user works on; an ADMIN works on every company's and may have none
    company_id      UUID REFERENCES company (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'EDITOR', 'ANALYST', 'VIEWER')),
    CONSTRAINT ck_app_user_company CHECK (role = 'ADMIN' OR company_id IS NOT NULL)
);

CREATE INDEX ix_app_user_company ON app_user (company_id, username);
