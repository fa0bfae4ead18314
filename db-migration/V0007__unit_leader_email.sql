-- A unit's responsible leader (分管领导) can receive a copy of the unit's reminder digests (an option of the reminder
-- policy): the unit records the leader's mail address next to name, position and phone.
alter table unit add column leader_email varchar(200);
