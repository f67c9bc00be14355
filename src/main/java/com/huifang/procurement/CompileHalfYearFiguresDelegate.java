package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q5, 汇总半年回访问题: the half year before the start (or the one finance named), its problems, the money at stake
 * per department and supplier ({@link ProcurementSteps#halfYearFigures}); the half year is the case's business key.
 */
@Component("compileHalfYearFiguresDelegate")
class CompileHalfYearFiguresDelegate implements JavaDelegate {

  private final ProcurementSteps steps;

  CompileHalfYearFiguresDelegate(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HalfYear half = steps.summaryHalfYear(execution.getVariable(HALF_YEAR.name()), EngineClock.nowAsDate());
    execution.setProcessBusinessKey(half.toString());
    execution.setVariables(steps.halfYearFigures(half));
  }
}
