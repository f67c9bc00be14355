/**
 * Operations: the job executor's health (for the load balancer and the orchestrator), the engine's figures as metrics
 * for Prometheus, and the case lifecycle lines in the log that carry the case number. Kept apart from engine, which
 * they read through its public types; imports engine only.
 */
package com.huifang.ops;
