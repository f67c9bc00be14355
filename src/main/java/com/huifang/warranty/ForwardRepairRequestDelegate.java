package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.InvalidInput;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * W6 from Tasklist's start form: hands a repair request to its warranty case exactly as the API does (in
 * warranty the case starts the repair; after it the repair runs on its own). An unknown case number is refused
 * as a form error, so nothing is started.
 */
@Component("forwardRepairRequestDelegate")
class ForwardRepairRequestDelegate implements JavaDelegate {

  private final WarrantyService warranties;

  ForwardRepairRequestDelegate(WarrantyService warranties) {
    this.warranties = warranties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = text(execution.getVariable(CASE_NUMBER.name()));
    String fault = text(execution.getVariable(FAULT_DESCRIPTION.name()));
    new InvalidInput()
        .require(caseNumber.matches("BX-\\d{8}-\\d{4}"), CASE_NUMBER.name(), "请填写回访保修卡上的案件编号,如 BX-20261123-0001")
        .require(!fault.isEmpty(), FAULT_DESCRIPTION.name(), "请填写报修内容")
        .throwIfAny();
    Optional<WarrantyService.Forwarded> found = warranties.forward(caseNumber, fault);
    new InvalidInput().require(found.isPresent(), CASE_NUMBER.name(), WarrantyService.unknownCase(caseNumber))
        .throwIfAny();
    WarrantyService.Forwarded forwarded = found.get();
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(IN_WARRANTY.name(), forwarded.inWarranty());
    // the repair carries the same id, so it can be found from this request
    execution.setVariable(WarrantyService.REPAIR_REQUEST_ID, forwarded.requestId());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
