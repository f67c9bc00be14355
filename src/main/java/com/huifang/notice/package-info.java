/**
 * E-mail notices of new tasks, sent after the engine's transaction commits, when SMTP is configured. A feature:
 * imports engine only; its listener is named by the models.
 */
package com.huifang.notice;
