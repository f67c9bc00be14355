-- Management offices (管理处), issue 27: each office is a Camunda tenant of the same id, and every case carries
-- the tenant of its office (engine/CaseTenants). The company starts with one office, the default one, which also
-- receives every case that was open before offices existed (office/OfficeSetup, start-up step DEFAULT_OFFICE).
create table hf_office (
  -- the Camunda tenant id: letters and digits only
  id   varchar(64)  not null primary key,
  name varchar(100) not null,
  -- C2 office hours of this office's customer-service center (HH:mm); null: the company's (huifang.office-hours)
  opens  varchar(5),
  closes varchar(5)
);

-- The projects (小区/项目, the owner register's project column) an office manages: unit → project → office.
create table hf_office_project (
  project   varchar(100) not null primary key,
  office_id varchar(64)  not null references hf_office (id)
);
create index hf_office_project_office on hf_office_project (office_id);

insert into hf_office (id, name) values ('main', '本部管理处');
