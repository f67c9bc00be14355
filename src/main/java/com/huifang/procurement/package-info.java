/**
 * Procurement supplier revisits (procurement-purchase, procurement-revisit-quarter, procurement-revisit, Q1–Q5): the
 * purchase register, the quarterly sample, the revisit of each sampled item with its doubts, the JSON API. A feature:
 * imports web, engine, identity and kpi's RegisterSheet; publishes nothing.
 */
package com.huifang.procurement;
