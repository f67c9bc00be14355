-- Procurement supplier revisits (采购行为回访), rules Q1–Q5.
-- Q1 the purchase register: what the buyers bought, from whom, at what unit price; the invoice issuer's phone or
-- address (开票人电话或详细地址) may be missing at registration and is completed by the buyer before reimbursement.
create table hf_procurement_purchase (
  purchase_number     varchar(40)    not null primary key,
  item                varchar(200)   not null,
  -- the item as the sample counts kinds: category and name, blanks collapsed (Q2 "no item two quarters running")
  item_key            varchar(240)   not null,
  category            varchar(16)    not null,
  quantity            numeric(14, 3) not null,
  unit                varchar(20)    not null,
  unit_price          numeric(14, 2) not null,
  supplier            varchar(200)   not null,
  issuer_contact      varchar(200),
  department          varchar(100)   not null,
  purchased_on        date           not null,
  buyer               varchar(64)    not null,
  registered_at       timestamp      not null,
  issuer_completed_at timestamp
);
create index hf_procurement_purchase_date on hf_procurement_purchase (purchased_on);
create index hf_procurement_purchase_item on hf_procurement_purchase (item_key, purchased_on);

-- Q2–Q4 one sampled purchase of a quarter's draw and its revisit (采购物资供方回访表)
create table hf_procurement_sample_item (
  sample_id            varchar(64)    not null,
  purchase_number      varchar(40)    not null references hf_procurement_purchase (purchase_number),
  quarter              varchar(7)     not null,
  item_key             varchar(240)   not null,
  reason               varchar(500)   not null,
  method               varchar(16),
  prices_found         varchar(1000),
  lowest_price         numeric(14, 2),
  difference           numeric(14, 2),
  conclusion           varchar(1000),
  revisitor            varchar(64),
  doubt                boolean,
  revisited_at         timestamp,
  explanation          varchar(1000),
  explanation_accepted boolean,
  finance_outcome      varchar(1000),
  closed_at            timestamp,
  primary key (sample_id, purchase_number)
);
create index hf_procurement_sample_quarter on hf_procurement_sample_item (quarter);
