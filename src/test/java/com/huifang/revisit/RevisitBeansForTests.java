package com.huifang.revisit;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.RecordKpiFactsListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the owner revisit's real listeners and delegates (the KPI read model's mocked) with a plain test engine's Mocks. */
public final class RevisitBeansForTests {

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;
  private final RecordedNewIssues newIssues = new RecordedNewIssues();

  public RevisitBeansForTests(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  /** The new issues (R4) the revisits opened, in order. */
  public RecordedNewIssues newIssues() {
    return newIssues;
  }

  public void registerAll() {
    var steps = new RevisitSteps(caseNumbers, properties, com.huifang.engine.WorkingDays.builtIn());
    Mocks.register("prepareRevisitListener", new PrepareRevisitListener(steps));
    Mocks.register("recordRevisitListener", new RecordRevisitListener(properties));
    Mocks.register("startNextRevisitRoundListener", new StartNextRevisitRoundListener(steps));
    Mocks.register("openFollowUpDelegate", new OpenFollowUpDelegate(java.util.List.of(newIssues), properties));
    // the KPI read model is written on the running application (KpiReadModelSpringTest); a plain engine has no V6 tables
    Mocks.register("recordKpiFactsListener", org.mockito.Mockito.mock(RecordKpiFactsListener.class));
  }
}
