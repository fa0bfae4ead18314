-- 重大工程项目库 (major-project library): the editable list of domains, projects with their funding split, the plans
-- that carry them, the history of every change, and pairs of possibly duplicated projects. Money is in 万元.

create table project_domain (
    id        bigserial primary key,
    name      varchar(40) not null unique,
    position  int         not null,
    retired   boolean     not null default false
);
insert into project_domain (name, position) values
    ('产业', 1), ('基础设施', 2), ('科技创新', 3), ('乡村振兴', 4), ('生态环保', 5), ('社会民生', 6), ('其他', 7);

create table project (
    id                   bigserial primary key,
    -- 项目代码 (GB/T 40058-2021), optional until the project is registered on the online approval platform
    code                 varchar(24) unique,
    name                 varchar(200)  not null,
    -- the name without blanks: with the applicant unit it identifies a project that has no code (Excel re-import)
    match_name           varchar(200)  not null,
    applicant_unit_id    bigint        not null references unit (id),
    legal_entity         varchar(200),
    contact_person       varchar(50),
    contact_phone        varchar(40),
    domain_id            bigint        not null references project_domain (id),
    nature               varchar(20)   not null
        check (nature in ('NEW', 'EXPANSION', 'RECONSTRUCTION', 'RELOCATION', 'CONTINUATION')),
    -- a township or sub-district; null means county-wide (全县/跨乡镇)
    location_unit_id     bigint references unit (id),
    scale_content        text,
    total_investment     numeric(14, 2) not null check (total_investment > 0),
    fund_central         numeric(14, 2) not null default 0 check (fund_central >= 0),
    fund_province        numeric(14, 2) not null default 0 check (fund_province >= 0),
    fund_city            numeric(14, 2) not null default 0 check (fund_city >= 0),
    fund_county          numeric(14, 2) not null default 0 check (fund_county >= 0),
    fund_self            numeric(14, 2) not null default 0 check (fund_self >= 0),
    fund_other           numeric(14, 2) not null default 0 check (fund_other >= 0),
    period_investment    numeric(14, 2) not null check (period_investment >= 0),
    start_year           int           not null,
    end_year             int           not null,
    progress             text,
    land_status          varchar(20),
    planning_status      varchar(20),
    eia_status           varchar(20),
    national_proposal    varchar(20),
    provincial_proposal  varchar(20),
    municipal_proposal   varchar(20),
    remarks              text,
    status               varchar(20)   not null
        check (status in ('DRAFT', 'SUBMITTED', 'SCREENED', 'ARGUING', 'INCLUDED', 'RETURNED', 'REJECTED')),
    status_reason        text,
    created_by           varchar(64)   not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    unique (applicant_unit_id, match_name),
    check (end_year >= start_year),
    check (period_investment <= total_investment),
    -- the service reports this in Chinese; the database refuses anything that slips past it
    check (fund_central + fund_province + fund_city + fund_county + fund_self + fund_other = total_investment)
);
create index project_status_idx on project (status);
create index project_domain_idx on project (domain_id);
create index project_applicant_idx on project (applicant_unit_id);
create index project_location_idx on project (location_unit_id);
create index project_years_idx on project (start_year, end_year);
create index project_total_idx on project (total_investment);
create index project_updated_idx on project (updated_at desc, id desc);

-- which of the cycle's plans carry the project (one or more)
create table project_plan (
    project_id    bigint not null references project (id),
    work_item_id  bigint not null references work_item (id),
    primary key (project_id, work_item_id)
);
create index project_plan_item_idx on project_plan (work_item_id);

-- the project's history: every change and every screening step, never updated
create table project_event (
    id           bigserial primary key,
    project_id   bigint       not null references project (id),
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    actor_name   varchar(100),
    action       varchar(30)  not null,
    from_status  varchar(20),
    to_status    varchar(20),
    detail       text
);
create index project_event_project_idx on project_event (project_id, id);

-- possible duplicates (same or very similar name in the same place), stored in both directions
create table project_similar (
    project_id  bigint not null references project (id),
    other_id    bigint not null references project (id),
    primary key (project_id, other_id)
);
create index project_similar_other_idx on project_similar (other_id);
