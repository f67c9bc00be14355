/**
 * The building-materials mall (mall-service-feedback, mall-feedback-form, M1–M6): the merchant register and groups,
 * purchases and their feedback forms, scores and penalties, the JSON API, demo purchases. A feature: imports web,
 * engine, identity, owner's phone rule and revisit's OwnerRevisit; publishes nothing.
 */
package com.huifang.mall;
