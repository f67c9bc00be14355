-- The project (小区/项目) a unit belongs to, for the routine quality revisits drawn per project.
-- Nullable: registers imported before, or without the column, have no project.
alter table hf_owner_unit add column project varchar(100);
