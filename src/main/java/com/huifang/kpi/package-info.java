/**
 * The revisit KPIs and their read model (hf_kpi_*), the .xlsx registers (客户投诉登记表, 回访记录表, 报修受理记录) and
 * the weekly complaint analysis and the monthly complaint review (the chief housekeeper signs the month's log, C18;
 * the senior housekeeper's monthly summary, C20). A feature: imports web, engine, identity and the published types of complaint, repair,
 * revisit and owner
 * (the register's projects); publishes RegisterSheet, the .xlsx sheet other features' registers use, and SatisfactionSource, the hook through which
 * another source of verdicts (the annual survey) adds its K5.
 */
package com.huifang.kpi;
