/**
 * The accident revisit (重大事故回访, S6): after a major accident in an owner's home, on site at once, then a revisit with
 * its own steps (aftermath, cause, safety advice, hazards checked, preventive measures agreed, the owner's signature or
 * attitude as R2), the office manager told at once. A feature: imports engine, identity, owner's PhoneNumber and
 * revisit's Satisfaction;
 * publishes Accident (constants).
 */
package com.huifang.accident;
