package com.huifang.complaint.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.engine.HuifangProperties;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Complaints over HTTP (C1 intake, C14 case numbers): receive a complaint, and see where it stands. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintIntakeController {

  private final ComplaintIntake intake;
  private final ComplaintStatus status;
  private final ApiCaller caller;
  private final HuifangProperties properties;

  ComplaintIntakeController(ComplaintIntake intake, ComplaintStatus status, ApiCaller caller,
      HuifangProperties properties) {
    this.intake = intake;
    this.status = status;
    this.caller = caller;
    this.properties = properties;
  }

  /** 201 with the case number; an Idempotency-Key is handled around this (web/IdempotencyFilter). */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> receive(@RequestBody JsonNode body) {
    String userId = caller.current().userId();
    Map<String, Object> variables = IntakeRequest.variables(body, properties.zone());
    ProcessInstance instance = intake.receive(userId, variables);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", instance.getBusinessKey());
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/complaints/{caseNumber}")
        .buildAndExpand(instance.getBusinessKey()).encode().toUriString())).body(answer);
  }

  @GetMapping("/{caseNumber}")
  Map<String, Object> find(@PathVariable String caseNumber) {
    caller.current();
    return status.find(caseNumber.trim()).orElseThrow(() -> ApiException.notFound("没有案件 " + caseNumber.trim()
        + ",或无权查看"));
  }
}
