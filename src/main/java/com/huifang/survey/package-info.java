/**
 * The annual customer survey (customer-survey, S1–S3, K7): constants, the survey register (own tables), the item
 * list read from the deployed return form, the verification sample, the listeners and delegates, the JSON API and the
 * results sheet, demo surveys. A feature: imports web, engine, identity and the published types of owner, office,
 * revisit and kpi's RegisterSheet; publishes nothing.
 */
package com.huifang.survey;
