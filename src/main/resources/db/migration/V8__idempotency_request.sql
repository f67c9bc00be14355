-- Idempotency keys belong to the request they were first used with (issue 26): a hash of its method, path and
-- normalised body, so the same key with a different request is refused (422) instead of replaying another answer;
-- the answer's Location for the replay; and an expiry (huifang.idempotency.retention). Every POST under /api takes one.
alter table hf_idempotency_key add column request_hash varchar(64);
alter table hf_idempotency_key add column request_path varchar(500);
alter table hf_idempotency_key add column response_location varchar(1000);
alter table hf_idempotency_key add column expires_at timestamp;
-- keys from before: the default retention from their creation (their requests were not hashed: they match any)
update hf_idempotency_key set expires_at = created_at + interval '1' day;
alter table hf_idempotency_key alter column expires_at set not null;
alter table hf_idempotency_key alter column response_body set data type varchar(65536);
create index hf_idempotency_key_expiry on hf_idempotency_key (expires_at);
