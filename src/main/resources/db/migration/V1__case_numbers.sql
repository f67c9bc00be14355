-- Case numbers (rule C14): one counter per prefix and day, shared by every engine node.
create table hf_case_number_counter (
  prefix     varchar(16) not null,
  day_key    varchar(8)  not null,
  last_value integer     not null,
  primary key (prefix, day_key)
);
