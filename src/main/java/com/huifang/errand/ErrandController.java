package com.huifang.errand;

import com.huifang.web.ApiCaller;
import com.huifang.web.ApiException;
import com.huifang.web.CallerIn;
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
 * Owner errands over HTTP: the customer-service center takes a cake order or a flower-basket delivery
 * (E1, E10). The rules are the start form's ({@link ErrandRequest}); a 400 names every bad field.
 */
@RestController
@RequestMapping("/api/errands")
class ErrandController {

  static final String FORBIDDEN = "只有客户服务中心可以受理业户委托服务";

  private final ErrandService errands;
  private final ApiCaller caller;

  ErrandController(ErrandService errands, ApiCaller caller) {
    this.errands = errands;
    this.caller = caller;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @CallerIn(value = Errand.GROUP, refused = FORBIDDEN)
  ResponseEntity<ErrandService.ErrandTaken> take(@Valid @RequestBody ErrandRequest request) {
    ErrandService.ErrandTaken taken = errands.take(caller.current().userId(), request);
    return ResponseEntity.created(URI.create(UriComponentsBuilder.fromPath("/api/errands/{caseNumber}")
        .buildAndExpand(taken.caseNumber()).encode().toUriString())).body(taken);
  }

  @GetMapping("/{caseNumber}")
  ErrandService.ErrandStatus find(@PathVariable String caseNumber) {
    caller.current();
    return errands.find(caseNumber.trim())
        .orElseThrow(() -> ApiException.notFound("没有委托服务 " + caseNumber.trim() + ",或无权查看"));
  }
}
