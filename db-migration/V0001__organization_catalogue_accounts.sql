-- Units (county units, townships, sub-districts), each once, with every way the notice writes its name.
create table unit (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(100) not null unique,
    full_name   varchar(200),
    kind        varchar(20)  not null check (kind in ('COUNTY_UNIT', 'TOWNSHIP', 'SUB_DISTRICT', 'HIGHER_LEVEL')),
    retired     boolean      not null default false,
    created_at  timestamptz  not null default now()
);

create table unit_alias (
    id       bigserial primary key,
    unit_id  bigint       not null references unit (id),
    alias    varchar(100) not null unique
);
create index unit_alias_unit_idx on unit_alias (unit_id);

-- A compilation cycle, started by a notice (e.g. 泌政办〔2019〕95号 for 十四五).
create table planning_cycle (
    id                     bigserial primary key,
    code                   varchar(40)  not null unique,
    name                   varchar(200) not null,
    notice_title           varchar(300) not null,
    issuer                 varchar(100) not null,
    document_number        varchar(60)  not null unique,
    issued_on              date         not null,
    topic_report_due       date         not null,
    topic_report_due_text  varchar(300),
    contact                varchar(100),
    created_at             timestamptz  not null default now()
);

create table phase (
    id         bigserial primary key,
    cycle_id   bigint       not null references planning_cycle (id),
    number     int          not null,
    name       varchar(50)  not null,
    starts_on  date         not null,
    ends_on    date         not null,
    date_text  varchar(300) not null,
    work       text         not null,
    unique (cycle_id, number),
    check (ends_on >= starts_on)
);

-- Research topics and plans share one table: both are work a lead unit owes, with supporting units, so
-- deliverables, reviews and reminders attach to one kind of thing.
create table work_item (
    id               bigserial primary key,
    cycle_id         bigint       not null references planning_cycle (id),
    kind             varchar(20)  not null check (kind in ('TOPIC', 'MASTER_PLAN', 'SPECIAL_PLAN')),
    number           int          not null,
    title            varchar(300) not null,
    scope            text,
    lead_unit_id     bigint       not null references unit (id),
    supporting_note  varchar(200),
    due_on           date,
    retired          boolean      not null default false,
    unique (cycle_id, kind, number)
);
create index work_item_lead_idx on work_item (lead_unit_id);

create table work_item_supporting_unit (
    work_item_id  bigint not null references work_item (id),
    unit_id       bigint not null references unit (id),
    position      int    not null,
    primary key (work_item_id, unit_id)
);
create index work_item_supporting_unit_idx on work_item_supporting_unit (unit_id);

create table leadership_group (
    id                        bigserial primary key,
    cycle_id                  bigint       not null unique references planning_cycle (id),
    name                      varchar(200) not null,
    office_unit_id            bigint       not null references unit (id),
    office_director           varchar(50)  not null,
    office_director_position  varchar(200),
    office_text               varchar(500)
);

create table leadership_member (
    id        bigserial primary key,
    group_id  bigint       not null references leadership_group (id),
    ordinal   int          not null,
    name      varchar(50)  not null,
    role      varchar(20)  not null check (role in ('LEADER', 'DEPUTY', 'MEMBER')),
    position  varchar(300) not null,
    unit_id   bigint references unit (id),
    unique (group_id, ordinal)
);

-- Accounts: planning office, unit liaisons (bound to one unit), leadership (read only).
create table app_user (
    id                    bigserial primary key,
    username              varchar(64)  not null,
    display_name          varchar(100) not null,
    password_hash         varchar(200) not null,
    role                  varchar(20)  not null check (role in ('OFFICE', 'LIAISON', 'LEADER')),
    unit_id               bigint references unit (id),
    email                 varchar(200),
    phone                 varchar(40),
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    demo                  boolean      not null default false,
    created_at            timestamptz  not null default now(),
    last_login_at         timestamptz,
    check (role <> 'LIAISON' or unit_id is not null)
);
create unique index app_user_username_idx on app_user (lower(username));

-- Who did what when. Rows are only ever inserted.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    action       varchar(60)  not null,
    object_type  varchar(40),
    object_id    varchar(80),
    detail       text,
    result       varchar(20)  not null default 'OK'
);
create index audit_event_time_idx on audit_event (occurred_at);
