/**
 * The owner revisit (owner-revisit, R1–R7) every other process calls, and the follow-up of a new issue
 * (owner-follow-up): constants, rules, listeners, demo revisits. A feature: imports web, engine, identity and owner's
 * PhoneNumber; publishes OwnerRevisit, RevisitMethod and Satisfaction.
 */
package com.huifang.revisit;
