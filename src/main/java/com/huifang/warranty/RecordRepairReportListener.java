package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.InvalidInput;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * W6, the {@code end} listener of 编写维修报告: the written report gives the cause, the measures and the
 * reliability of the repair, is printed in two copies (one for each party) and signed by the owner.
 */
@Component("recordRepairReportListener")
class RecordRepairReportListener implements ExecutionListener {

  static final Set<String> CAUSES = Set.of("constructionFault", "other");

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    new InvalidInput()
        .require(CAUSES.contains(CAUSE.get(execution)), CAUSE.name(), "请选择维修原因(施工原因或其他原因)")
        .require(hasText(CAUSE_DESCRIPTION.get(execution)), CAUSE_DESCRIPTION.name(), "请说明造成维修的原因")
        .require(hasText(MEASURES.get(execution)), MEASURES.name(), "请填写维修措施")
        .require(hasText(RELIABILITY.get(execution)), RELIABILITY.name(), "请说明维修的可靠性")
        .require(Boolean.TRUE.equals(REPORT_PRINTED.get(execution)), REPORT_PRINTED.name(), "维修报告须一式二份,供甲、乙双方留存")
        .require(Boolean.TRUE.equals(OWNER_SIGNED_REPORT.get(execution)), OWNER_SIGNED_REPORT.name(), "维修报告须经业主签字认可")
        .throwIfAny();
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
