/**
 * Operations: the health check the load balancer and the orchestrator ask (database, process engine, job
 * executor), the engine's figures as metrics for Prometheus, access to the actuator endpoints, and the case
 * lifecycle lines in the log that carry the case number.
 */
package com.huifang.ops;
