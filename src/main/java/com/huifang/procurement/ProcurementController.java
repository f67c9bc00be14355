package com.huifang.procurement;

import com.huifang.web.ApiCaller;
import com.huifang.web.CallerIn;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The purchase register over HTTP: a buyer registers a purchase (Q1); a 400 names every bad field. */
@RestController
@RequestMapping("/api/purchases")
class ProcurementController {

  static final String FORBIDDEN = "只有采购人员可以登记采购";

  private final ProcurementService procurement;
  private final ApiCaller caller;

  ProcurementController(ProcurementService procurement, ApiCaller caller) {
    this.procurement = procurement;
    this.caller = caller;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @CallerIn(value = Procurement.BUYER_GROUP, refused = FORBIDDEN)
  ResponseEntity<ProcurementService.PurchaseRegistered> register(@Valid @RequestBody PurchaseRequest request) {
    var registered = procurement.register(caller.current().userId(), request);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/purchases/{number}")
        .buildAndExpand(registered.caseNumber()).encode().toUriString())).body(registered);
  }
}
