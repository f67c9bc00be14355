/**
 * Owner errands (owner-errand, E1–E10): constants, the request and its steps' rules, exact money, the listener, the
 * JSON API, demo errands. A feature: imports web, engine, identity and owner's phone rule; publishes nothing.
 */
package com.huifang.errand;
