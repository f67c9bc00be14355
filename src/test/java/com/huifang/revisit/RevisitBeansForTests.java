package com.huifang.revisit;

import com.huifang.casenumber.CaseNumberService;
import com.huifang.config.HuifangProperties;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the owner revisit's real listeners and delegates with a plain test engine's Mocks. */
public final class RevisitBeansForTests {

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  public RevisitBeansForTests(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  public void registerAll() {
    Mocks.register("prepareRevisitListener", new PrepareRevisitListener(caseNumbers, properties));
    Mocks.register("recordRevisitListener", new RecordRevisitListener(properties));
    Mocks.register("startNextRevisitRoundListener", new StartNextRevisitRoundListener());
    Mocks.register("openFollowUpDelegate", new OpenFollowUpDelegate(caseNumbers, properties));
  }
}
