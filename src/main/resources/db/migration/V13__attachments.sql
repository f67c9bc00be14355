-- C21 attachments: the files themselves are Camunda's (ACT_HI_ATTACHMENT + ACT_GE_BYTEARRAY, written by
-- TaskService.createAttachment in the same transaction); this table keeps what the engine does not record:
-- who uploaded the file, the case (business key) it was added to and its size.
create table hf_attachment (
  attachment_id varchar(64)  not null primary key,
  business_key  varchar(255) not null,
  uploaded_by   varchar(255) not null,
  size_bytes    bigint       not null,
  created_at    timestamp    not null
);
create index hf_attachment_case on hf_attachment (business_key);
