-- Working-day calendar: the exceptions to "Monday–Friday is a working day". HOLIDAY marks a statutory day off,
-- WORKDAY a make-up working day (调休上班) on a weekend. The office maintains it; shipped: 2019–2021 and 2026.
create table calendar_day (
    day     date         primary key,
    kind    varchar(10)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name    varchar(50)  not null,
    source  varchar(200)
);

insert into calendar_day (day, kind, name, source) values
('2018-12-30', 'HOLIDAY', '元旦', '国办发明电〔2018〕15号、〔2019〕3号'),
('2018-12-31', 'HOLIDAY', '元旦', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-01-01', 'HOLIDAY', '元旦', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-04', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-05', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-06', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-07', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-08', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-09', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-10', 'HOLIDAY', '春节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-04-05', 'HOLIDAY', '清明节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-04-06', 'HOLIDAY', '清明节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-04-07', 'HOLIDAY', '清明节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-05-01', 'HOLIDAY', '劳动节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-05-02', 'HOLIDAY', '劳动节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-05-03', 'HOLIDAY', '劳动节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-05-04', 'HOLIDAY', '劳动节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-06-07', 'HOLIDAY', '端午节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-06-08', 'HOLIDAY', '端午节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-06-09', 'HOLIDAY', '端午节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-09-13', 'HOLIDAY', '中秋节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-09-14', 'HOLIDAY', '中秋节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-09-15', 'HOLIDAY', '中秋节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-01', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-02', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-03', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-04', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-05', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-06', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-07', 'HOLIDAY', '国庆节', '国办发明电〔2018〕15号、〔2019〕3号'),
('2018-12-29', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-02', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-02-03', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-04-28', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-05-05', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-09-29', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2019-10-12', 'WORKDAY', '调休上班', '国办发明电〔2018〕15号、〔2019〕3号'),
('2020-01-01', 'HOLIDAY', '元旦', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-24', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-25', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-26', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-27', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-28', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-29', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-30', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-31', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-02-01', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-02-02', 'HOLIDAY', '春节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-04-04', 'HOLIDAY', '清明节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-04-05', 'HOLIDAY', '清明节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-04-06', 'HOLIDAY', '清明节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-01', 'HOLIDAY', '劳动节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-02', 'HOLIDAY', '劳动节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-03', 'HOLIDAY', '劳动节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-04', 'HOLIDAY', '劳动节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-05', 'HOLIDAY', '劳动节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-06-25', 'HOLIDAY', '端午节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-06-26', 'HOLIDAY', '端午节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-06-27', 'HOLIDAY', '端午节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-01', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-02', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-03', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-04', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-05', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-06', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-07', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-08', 'HOLIDAY', '国庆节、中秋节', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-01-19', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-04-26', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-05-09', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-06-28', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-09-27', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2020-10-10', 'WORKDAY', '调休上班', '国办发明电〔2019〕16号、〔2020〕1号'),
('2021-01-01', 'HOLIDAY', '元旦', '国办发明电〔2020〕27号'),
('2021-01-02', 'HOLIDAY', '元旦', '国办发明电〔2020〕27号'),
('2021-01-03', 'HOLIDAY', '元旦', '国办发明电〔2020〕27号'),
('2021-02-11', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-12', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-13', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-14', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-15', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-16', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-02-17', 'HOLIDAY', '春节', '国办发明电〔2020〕27号'),
('2021-04-03', 'HOLIDAY', '清明节', '国办发明电〔2020〕27号'),
('2021-04-04', 'HOLIDAY', '清明节', '国办发明电〔2020〕27号'),
('2021-04-05', 'HOLIDAY', '清明节', '国办发明电〔2020〕27号'),
('2021-05-01', 'HOLIDAY', '劳动节', '国办发明电〔2020〕27号'),
('2021-05-02', 'HOLIDAY', '劳动节', '国办发明电〔2020〕27号'),
('2021-05-03', 'HOLIDAY', '劳动节', '国办发明电〔2020〕27号'),
('2021-05-04', 'HOLIDAY', '劳动节', '国办发明电〔2020〕27号'),
('2021-05-05', 'HOLIDAY', '劳动节', '国办发明电〔2020〕27号'),
('2021-06-12', 'HOLIDAY', '端午节', '国办发明电〔2020〕27号'),
('2021-06-13', 'HOLIDAY', '端午节', '国办发明电〔2020〕27号'),
('2021-06-14', 'HOLIDAY', '端午节', '国办发明电〔2020〕27号'),
('2021-09-19', 'HOLIDAY', '中秋节', '国办发明电〔2020〕27号'),
('2021-09-20', 'HOLIDAY', '中秋节', '国办发明电〔2020〕27号'),
('2021-09-21', 'HOLIDAY', '中秋节', '国办发明电〔2020〕27号'),
('2021-10-01', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-02', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-03', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-04', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-05', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-06', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-10-07', 'HOLIDAY', '国庆节', '国办发明电〔2020〕27号'),
('2021-02-07', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-02-20', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-04-25', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-05-08', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-09-18', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-09-26', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2021-10-09', 'WORKDAY', '调休上班', '国办发明电〔2020〕27号'),
('2026-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-01-02', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-01-03', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-15', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-16', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-17', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-18', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-19', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-20', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-21', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-22', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-23', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-06-19', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-06-20', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-06-21', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-09-25', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-09-26', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-09-27', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-01', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-02', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-03', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-04', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-05', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-06', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-07', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-01-04', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-14', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-02-28', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-05-09', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-09-20', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'),
('2026-10-10', 'WORKDAY', '调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');

-- Reminder policy (one row): days before a due date, overdue interval in working days, cap, sending hour.
create table reminder_policy (
    id                         int          primary key check (id = 1),
    days_before                varchar(100) not null,
    overdue_every_working_days int          not null check (overdue_every_working_days > 0),
    overdue_max                int          not null check (overdue_max >= 0),
    send_hour                  int          not null check (send_hour between 0 and 23),
    copy_unit_leader           boolean      not null default false,
    updated_by                 varchar(64),
    updated_at                 timestamptz
);
insert into reminder_policy (id, days_before, overdue_every_working_days, overdue_max, send_hour)
values (1, '7,3,1,0', 3, 5, 9);

-- Outgoing mail, written in the same transaction as what caused it and delivered by a job.
-- dedup_key makes a second identical mail impossible (e.g. one digest per recipient per day).
create table mail_outbox (
    id               bigserial    primary key,
    dedup_key        varchar(200) not null unique,
    kind             varchar(20)  not null check (kind in ('REMINDER', 'NUDGE', 'SYSTEM')),
    recipient_user   varchar(64),
    recipient_email  varchar(200) not null,
    subject          varchar(300) not null,
    body_text        text         not null,
    body_html        text         not null,
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(1000),
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';

-- One reminder per (item, recipient, kind, day), enforced here whatever the mail grouping.
create table reminder_sent (
    item_key     varchar(80)  not null,
    recipient    varchar(64)  not null,
    reminder     varchar(20)  not null,
    day          date         not null,
    outbox_id    bigint       references mail_outbox (id),
    primary key (item_key, recipient, reminder, day)
);

-- In-app notifications (the bell).
create table notification (
    id          bigserial    primary key,
    recipient   varchar(64)  not null,
    title       varchar(300) not null,
    body        text         not null,
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_recipient_idx on notification (recipient, read_at);

-- Nudges (催办) sent by the office to a unit, escalating 提醒 → 催办 → 督办.
create table nudge (
    id          bigserial    primary key,
    unit_id     bigint       not null references unit (id),
    level       varchar(10)  not null check (level in ('REMIND', 'URGE', 'SUPERVISE')),
    message     text         not null,
    items       text         not null,
    sent_by     varchar(64)  not null,
    sent_at     timestamptz  not null
);
create index nudge_unit_idx on nudge (unit_id, sent_at);

-- Secret, revocable iCal feed per unit.
create table calendar_feed (
    id          bigserial    primary key,
    unit_id     bigint       not null references unit (id),
    token       varchar(64)  not null unique,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);

-- ShedLock: one scheduled job run at a time across instances.
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- One reminder run per working day: a restart or a second instance never builds the day's digests twice.
create table reminder_run (
    day     date         primary key,
    ran_at  timestamptz  not null,
    mails   int          not null
);
