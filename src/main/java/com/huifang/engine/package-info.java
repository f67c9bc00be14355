/**
 * What the engine needs to start and run: the start-up sequence and lock, stable deployment names, Flyway after the
 * engine, the application's settings, the one clock, typed variables, case numbers, the demo switch, the rules'
 * validator and refusal, and the only access to the engine's internals (built-in listeners, after-commit work).
 * Imports no other package of Huifang.
 */
package com.huifang.engine;
