/**
 * Everything HTTP: the shared parts of the controllers (the caller, group checks, strict JSON, request validation,
 * the JSON error bodies), body limits, authentication and the actuator's access, the engine REST API's error answers
 * and the lost-race answers of Tasklist's API. Imports engine only.
 */
package com.huifang.web;
