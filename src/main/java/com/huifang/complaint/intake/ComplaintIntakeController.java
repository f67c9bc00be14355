package com.huifang.complaint.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.complaint.intake.IdempotencyKeys.Answer;
import com.huifang.engine.HuifangProperties;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Complaints over HTTP (C1 intake, C14 case numbers): receive a complaint, and see where it stands. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintIntakeController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ComplaintIntake intake;
  private final ComplaintStatus status;
  private final ApiCaller caller;
  private final HuifangProperties properties;
  private final ObjectMapper json;

  ComplaintIntakeController(ComplaintIntake intake, ComplaintStatus status, ApiCaller caller,
      HuifangProperties properties, ObjectMapper json) {
    this.json = json;
    this.intake = intake;
    this.status = status;
    this.caller = caller;
    this.properties = properties;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> receive(@RequestBody JsonNode body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    String userId = caller.current().userId();
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IdempotencyKeys.MAX_KEY)) {
      throw new ApiException(HttpStatus.BAD_REQUEST,
          IDEMPOTENCY_KEY + " 须为1到" + IdempotencyKeys.MAX_KEY + "个字符");
    }
    Map<String, Object> variables = IntakeRequest.variables(body, properties.zone());
    Answer answer = intake.receive(userId, variables, idempotencyKey);
    var response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
    if (answer.status() == HttpStatus.CREATED.value()) {
      String caseNumber = caseNumberOf(answer);
      response.location(URI.create(UriComponentsBuilder.fromPath("/api/complaints/{caseNumber}")
          .buildAndExpand(caseNumber).encode().toUriString()));
    }
    return response.body(answer.body());
  }

  @GetMapping("/{caseNumber}")
  Map<String, Object> find(@PathVariable String caseNumber) {
    caller.current();
    return status.find(caseNumber.trim()).orElseThrow(() -> ApiException.notFound("没有案件 " + caseNumber.trim()
        + ",或无权查看"));
  }

  private String caseNumberOf(Answer answer) {
    try {
      return json.readTree(answer.body()).path("caseNumber").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answer is not JSON", e);
    }
  }
}
