-- Owner register (业主联系册): who lives in a unit and how to reach them. Filled by CSV import.
create table hf_owner_unit (
  unit       varchar(64)  not null primary key,
  owner_name varchar(100) not null,
  phone      varchar(32)  not null,
  updated_at timestamp    not null
);
