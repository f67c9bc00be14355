package com.huifang.opinion;

import static com.huifang.opinion.OpinionRegister.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记入顾客意见登记表: writes the entry, in the case's office (its tenant), in the engine's transaction. */
@Component("recordOpinionDelegate")
class RecordOpinionDelegate implements JavaDelegate {

  private final OpinionEntries entries;

  RecordOpinionDelegate(OpinionEntries entries) {
    this.entries = entries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    entries.insert(new OpinionEntry(ENTRY_NUMBER.get(execution), execution.getTenantId() == null ? ""
        : execution.getTenantId(), RECEIVED.get(execution), SOURCE.get(execution), KIND.get(execution),
        OWNER_NAME.get(execution), UNIT.get(execution), OWNER_PHONE.get(execution), CONTENT.get(execution).strip(),
        ACTION_TAKEN.get(execution).strip(), INITIATOR.getOrDefault(execution, ""), execution.getProcessInstanceId()));
  }
}
