/**
 * Renovation warranties (renovation-warranty, warranty-repair, warranty-repair-request, W1–W7): constants, the
 * registration and repair rules, the schedule, listeners, the JSON API, demo warranties. A feature: imports web,
 * engine, identity and owner's phone rule; publishes Warranty.
 */
package com.huifang.warranty;
