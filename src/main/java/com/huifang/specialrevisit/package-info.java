/**
 * Special revisits (专项回访, S5): the office manager organises a campaign over a chosen list of households (a project,
 * a building of it, or pasted units) for a reason (after move-in, a new measure, a new charge, a quality campaign), and
 * every household gets the shared owner revisit; the campaign's progress by number. A feature: imports web, engine,
 * identity and the published types of owner and revisit; publishes SpecialRevisit (constants).
 */
package com.huifang.specialrevisit;
