package com.huifang.warranty;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.CallerIn;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Renovation warranties over HTTP: register a case at completion acceptance (W1), and report a repair
 * (W6), in warranty or after it. Only the repair service department (warranty-service) may do either.
 */
@RestController
@RequestMapping("/api/warranties")
@CallerIn(value = Warranty.GROUP, refused = WarrantyController.FORBIDDEN)
class WarrantyController {

  static final String FORBIDDEN = "只有装饰公司维修服务部可以登记保修和报修";

  private final WarrantyService warranties;
  private final ApiCaller caller;

  WarrantyController(WarrantyService warranties, ApiCaller caller) {
    this.warranties = warranties;
    this.caller = caller;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WarrantyService.WarrantyOpened> register(@Valid @RequestBody WarrantyRequest request) {
    WarrantyService.WarrantyOpened opened = warranties.register(caller.current().userId(), request);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/warranties/{caseNumber}")
        .buildAndExpand(opened.caseNumber()).encode().toUriString())).body(opened);
  }

  @PostMapping(path = "/{caseNumber}/repairs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WarrantyService.RepairReported> reportRepair(@PathVariable String caseNumber,
      @Valid @RequestBody RepairRequest request) {
    return ResponseEntity.status(201).body(warranties.reportRepair(caseNumber.trim(), request.faultDescription().strip())
        .orElseThrow(() -> ApiException.notFound(WarrantyService.unknownCase(caseNumber.trim()))));
  }
}
