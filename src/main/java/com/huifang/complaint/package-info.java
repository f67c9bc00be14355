/**
 * Complaint handling (complaint-handling, C1–C14): its constants, its steps' rules (ComplaintSteps), the listeners
 * that adapt the engine to them, office hours, demo complaints; intake/ is its JSON API. A feature: imports web,
 * engine, identity, and owner's and revisit's published types; publishes Complaint and ComplaintLabels.
 */
package com.huifang.complaint;
