package com.huifang.warranty;

import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import com.huifang.engine.InvalidInput;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@code end} listener of the scheduled revisits' checklists: what the seed's 回访制度 asks to be done is
 * recorded, whoever submits it (Tasklist or the REST API). W2: the tile revisit gives cleaning advice; W4, W5:
 * the on-site revisit checks the monitoring points and retests wiring and equipment, and may book the next visit
 * ({@code nextVisitDue}, a timer brings the on-site revisit back then); every revisit is recorded.
 */
@Component("recordRevisitChecklistListener")
class RecordRevisitChecklistListener implements ExecutionListener {

  static final String NEXT_VISIT_AT = "nextVisitAt";
  static final String NEXT_VISIT_DUE = "nextVisitDue";

  private final HuifangProperties properties;

  RecordRevisitChecklistListener(HuifangProperties properties) {
    this.properties = properties;
  }

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
    Optional<Date> nextVisit = Optional.empty();
    if (Warranty.Elements.ON_SITE_REVISIT.equals(execution.getCurrentActivityId())) {
      nextVisit = DateInput.parse(execution.getVariable(NEXT_VISIT_AT), properties.zone());
      invalid.require(nextVisit.isEmpty() || nextVisit.get().after(EngineClock.nowAsDate()), NEXT_VISIT_AT,
          "预约的下次回访时间须晚于现在;无需再次回访的请清空");
    }
    invalid.throwIfAny();
    if (Warranty.Elements.ON_SITE_REVISIT.equals(execution.getCurrentActivityId())) {
      // local to this revisit (declared by the sub-process's input mapping), like the checklist answers
      execution.setVariable(NEXT_VISIT_DUE, nextVisit.orElse(null));
    }
  }

  private static boolean hasText(Object value) {
    return value instanceof String s && !s.isBlank();
  }
}
