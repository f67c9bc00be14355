package com.huifang.warranty;

import com.huifang.process.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@code end} listener of the scheduled revisits' checklists: what the seed's 回访制度 asks to be done is
 * recorded, whoever submits it (Tasklist or the REST API). W2: the tile revisit gives cleaning advice; W4, W5:
 * the on-site revisit checks the monitoring points and retests wiring and equipment; every revisit is recorded.
 */
@Component("recordRevisitChecklistListener")
class RecordRevisitChecklistListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    InvalidInput invalid = new InvalidInput();
    switch (execution.getCurrentActivityId()) {
      case Warranty.Elements.TILE_REVISIT -> invalid
          .require(hasText(execution.getVariable("tileFindings")), "tileFindings", "请填写回访记录")
          .require(Boolean.TRUE.equals(execution.getVariable("cleaningAdviceGiven")), "cleaningAdviceGiven",
              "请指导业主进行必要的表面清理保养");
      case Warranty.Elements.WOOD_REVISIT -> invalid
          .require(hasText(execution.getVariable("woodFindings")), "woodFindings", "请填写回访记录");
      default -> invalid
          .require(Boolean.TRUE.equals(execution.getVariable("monitoringPointsChecked")), "monitoringPointsChecked",
              "请检查石材、玻璃、木制品等工程设置的监测点")
          .require(Boolean.TRUE.equals(execution.getVariable("wiringRetested")), "wiringRetested",
              "请重新检测电管线和设备的运行情况")
          .require(hasText(execution.getVariable("onSiteRecord")), "onSiteRecord", "请填写回访记录");
    }
    invalid.throwIfAny();
  }

  private static boolean hasText(Object value) {
    return value instanceof String s && !s.isBlank();
  }
}
