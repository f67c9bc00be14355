-- Building-materials mall (建材城) service-feedback tracking, rules M1–M6.
-- The merchant staff register kept at the mall service desk (M3): who may serve, and who is certified.
create table mall_merchant (
  id   varchar(32)  not null primary key,
  name varchar(100) not null
);

create table mall_merchant_staff (
  id          varchar(32)  not null primary key,
  merchant_id varchar(32)  not null references mall_merchant (id),
  name        varchar(100) not null,
  -- holds the mall's service certificate (上岗资格证); an uncertified server makes the service unqualified
  certified   boolean      not null,
  -- the Camunda user of this staff member, if they use Tasklist (member of merchant-<merchant_id>)
  user_id     varchar(64)
);
create index mall_merchant_staff_merchant on mall_merchant_staff (merchant_id);

-- M6: one score per feedback form, summed per merchant and month
create table mall_feedback_score (
  form_number        varchar(40)  not null primary key,
  case_number        varchar(40)  not null,
  merchant_id        varchar(32)  not null references mall_merchant (id),
  service            varchar(16)  not null,
  score              integer      not null,
  reason             varchar(200) not null,
  registered_at_desk boolean      not null,
  server_certified   boolean      not null,
  form_returned      boolean      not null,
  signature_genuine  boolean,
  customer_rating    varchar(32),
  scored_at          timestamp    not null
);
create index mall_feedback_score_merchant on mall_feedback_score (merchant_id, scored_at);

-- M5: a forged customer signature is penalised under the mall's rules
create table mall_penalty (
  form_number varchar(40)   not null primary key,
  case_number varchar(40)   not null,
  merchant_id varchar(32)   not null references mall_merchant (id),
  reason      varchar(200)  not null,
  note        varchar(1000),
  recorded_at timestamp     not null
);
