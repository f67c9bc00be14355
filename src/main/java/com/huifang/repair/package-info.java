/**
 * Property repair requests (property-repair, P1–P6): constants, the intake and work-order rules (RepairSteps), the
 * listeners, the JSON API, demo repairs. A feature: imports web, engine, identity, owner's phone rule and revisit's
 * published types; publishes Repair.
 */
package com.huifang.repair;
