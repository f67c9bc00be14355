/**
 * The owner revisit (owner-revisit, R1–R7) every other process calls: constants, rules, listeners, demo revisits, and
 * the port through which a new issue raised in a revisit becomes a case of its own kind (R4). A feature: imports web,
 * engine, identity and owner's PhoneNumber; publishes OwnerRevisit, RevisitMethod, Satisfaction, NewIssue and
 * NewIssueIntake (implemented by complaint and repair).
 */
package com.huifang.revisit;
