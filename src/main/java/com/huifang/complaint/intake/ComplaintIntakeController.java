package com.huifang.complaint.intake;

import com.huifang.complaint.ComplaintRequest;
import com.huifang.engine.HuifangProperties;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import jakarta.validation.Valid;
import java.net.URI;
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
  ResponseEntity<ComplaintIntake.ComplaintReceived> receive(@Valid @RequestBody ComplaintRequest request) {
    ComplaintIntake.ComplaintReceived received = intake.receive(caller.current().userId(),
        request.variables(properties.zone()));
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/complaints/{caseNumber}")
        .buildAndExpand(received.caseNumber()).encode().toUriString())).body(received);
  }

  @GetMapping("/{caseNumber}")
  ComplaintStatus.CaseStatus find(@PathVariable String caseNumber) {
    caller.current();
    return status.find(caseNumber.trim()).orElseThrow(() -> ApiException.notFound("没有案件 " + caseNumber.trim()
        + ",或无权查看"));
  }
}
