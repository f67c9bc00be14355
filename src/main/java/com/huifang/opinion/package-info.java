/**
 * The opinion register (顾客意见登记表, S4): entries staff record from Tasklist (opinion-register-entry), kept in
 * hf_opinion_entry, and the monthly .xlsx that lists them with the complaints, suggestions and repair requests of the
 * month by case number. A feature: imports web, engine, identity and the published types of complaint, repair and kpi
 * (RegisterSheet); publishes nothing.
 */
package com.huifang.opinion;
