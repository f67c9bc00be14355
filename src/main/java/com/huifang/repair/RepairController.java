package com.huifang.repair;

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

/**
 * Repair requests over HTTP (P1): receive one from any channel, and see where it stands. Who may receive one is the
 * engine's to say (CREATE_INSTANCE on property-repair, {@link RepairProcesses}): every property office's staff.
 */
@RestController
@RequestMapping("/api/repairs")
class RepairController {

  private final RepairIntake intake;
  private final RepairStatus status;
  private final ApiCaller caller;
  private final HuifangProperties properties;

  RepairController(RepairIntake intake, RepairStatus status, ApiCaller caller, HuifangProperties properties) {
    this.intake = intake;
    this.status = status;
    this.caller = caller;
    this.properties = properties;
  }

  /** 201 with the case number; an Idempotency-Key is handled around this (web/IdempotencyFilter). */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RepairIntake.RepairReceived> receive(@Valid @RequestBody RepairRequest request) {
    RepairIntake.RepairReceived received = intake.receive(caller.current().userId(), request.variables(properties.zone()));
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/repairs/{caseNumber}")
        .buildAndExpand(received.caseNumber()).encode().toUriString())).body(received);
  }

  @GetMapping("/{caseNumber}")
  RepairStatus.CaseStatus find(@PathVariable String caseNumber) {
    caller.current();
    return status.find(caseNumber.trim()).orElseThrow(() -> ApiException.notFound("没有报修 " + caseNumber.trim()
        + ",或无权查看"));
  }
}
