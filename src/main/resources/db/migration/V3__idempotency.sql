-- Idempotency keys of the intake API: the first answer to a request, replayed for a repeat with the same key.
-- Written in the same transaction as the process start, so a failed start leaves no key.
create table hf_idempotency_key (
  idem_key        varchar(200) not null,
  user_id         varchar(255) not null,
  response_status integer      not null,
  response_body   varchar(4000),
  created_at      timestamp    not null,
  constraint hf_idempotency_key_uq unique (idem_key, user_id)
);
