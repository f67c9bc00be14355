-- S4 顾客意见登记表: the entries staff record (visits, calls, letters, inspections, owner meetings, home visits).
-- Complaints, suggestions and repair requests are listed in the register by reference to their cases (history).
create table hf_opinion_entry (
  entry_number varchar(32)   not null primary key,
  office_id    varchar(64)   not null,
  received_at  timestamp     not null,
  source       varchar(32)   not null,
  kind         varchar(32)   not null,
  owner_name   varchar(100),
  unit         varchar(64),
  phone        varchar(32),
  content      varchar(2000) not null,
  action_taken varchar(2000) not null,
  recorded_by  varchar(64)   not null,
  proc_inst_id varchar(64)   not null
);
create index hf_opinion_entry_received on hf_opinion_entry (received_at);

-- K2, K3 (issue 19): the year's owner revisits of a property office are counted apart from the mall desk's and the
-- renovation company's. The line of a revisit round: property, mall or renovation (from its revisiting group).
alter table hf_kpi_revisit add column revisit_line varchar(16);
update hf_kpi_revisit set revisit_line = coalesce((select case v.TEXT_ when 'mall-service-desk' then 'mall'
    when 'warranty-service' then 'renovation' else 'property' end
  from ACT_HI_VARINST v where v.PROC_INST_ID_ = hf_kpi_revisit.proc_inst_id and v.NAME_ = 'revisitGroup'
    and v.TEXT_ is not null fetch first 1 rows only), 'property');
