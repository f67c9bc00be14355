-- The annual customer survey (顾客意见调查), rules S1–S3 and K7: one survey per project and year, its
-- questionnaires (one per household of the owner register when it was issued), the answers per item, the revisits
-- that verified a sample of the returns, and the main causes with their corrective/preventive actions.
create table hf_survey (
  survey_number     varchar(40)   not null primary key,
  office_id         varchar(64)   not null,
  project           varchar(100)  not null,
  survey_year       integer       not null,
  deadline          date          not null,
  -- the rated items as issued, one "id=label" a line (the survey-return form of the deployment that issued it)
  items             varchar(4000) not null,
  status            varchar(16)   not null,
  started_by        varchar(64),
  started_at        timestamp     not null,
  closed_at         timestamp,
  final_at          timestamp,
  causes            varchar(4000),
  corrective_action varchar(4000),
  preventive_action varchar(4000),
  responsible       varchar(200),
  action_deadline   date,
  closed_out_at     timestamp,
  closed_out_note   varchar(4000),
  constraint hf_survey_project_year unique (project, survey_year)
);

-- S1 one questionnaire per household; returned_at set when it comes back (Tasklist or spreadsheet)
create table hf_survey_questionnaire (
  survey_number        varchar(40)   not null references hf_survey (survey_number),
  unit                 varchar(100)  not null,
  owner_name           varchar(100)  not null,
  owner_phone          varchar(40),
  returned_at          timestamp,
  recorded_by          varchar(64),
  source               varchar(16),
  opinion              varchar(4000),
  -- S2 the verification revisit: why drawn (dissatisfied / sample), when verified and what the owner said
  verify_reason        varchar(16),
  verified_at          timestamp,
  verified_satisfaction varchar(20),
  -- how many revisit rounds it took (more than one: the owner was not satisfied and the revisit rectified, R5)
  verify_rounds        integer,
  primary key (survey_number, unit)
);

-- S1 one rating per returned questionnaire and item (verySatisfied, satisfied, fairlySatisfied, dissatisfied)
create table hf_survey_answer (
  survey_number varchar(40) not null,
  unit          varchar(100) not null,
  item_id       varchar(64)  not null,
  rating        varchar(20)  not null,
  primary key (survey_number, unit, item_id),
  foreign key (survey_number, unit) references hf_survey_questionnaire (survey_number, unit)
);
