package com.huifang.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import java.util.Date;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** The opinion register entry (S4) on a plain engine, the entries' table mocked. */
@Deployment(resources = {"processes/opinion-register-entry.bpmn", "forms/opinion-register-entry-start.form"})
class OpinionRegisterEntryProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  private OpinionEntries entries;

  @BeforeEach
  void beans() {
    ProcessTests.begin(engine.getProcessEngine());
    entries = mock(OpinionEntries.class);
    var properties = new HuifangProperties(null, null, null);
    Mocks.register("prepareOpinionEntryListener",
        new PrepareOpinionEntryListener(new OpinionSteps(), TestCaseNumbers.sequential("20261123"), properties));
    Mocks.register("recordOpinionDelegate", new RecordOpinionDelegate(entries));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private static VariableMap entry() {
    return Variables.createVariables().putValue("opinionSource", "ownerMeeting").putValue("opinionKind", "opinion")
        .putValue("ownerName", "王建国").putValue("unit", "3栋2单元1101")
        .putValue("opinionContent", "座谈会上业主希望延长游泳池开放时间")
        .putValue("actionTaken", "已转管理处经理研究,下月答复").putValue("initiator", "kefu");
  }

  @Test
  @DisplayName("S4 an opinion heard at an owner meeting is numbered and written to the opinion register with its source and what was done")
  void recorded() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OpinionRegister.KEY, entry());

    assertThat(pi).isEnded().hasPassed(OpinionRegister.Elements.RECORD, OpinionRegister.Elements.END);
    assertThat(pi.getBusinessKey()).isEqualTo("YJ-20261123-0001");
    var written = ArgumentCaptor.forClass(OpinionEntry.class);
    verify(entries).insert(written.capture());
    assertThat(written.getValue()).extracting(OpinionEntry::entryNumber, OpinionEntry::source, OpinionEntry::kind,
            OpinionEntry::unit, OpinionEntry::recordedBy, OpinionEntry::receivedAt)
        .containsExactly("YJ-20261123-0001", "ownerMeeting", "opinion", "3栋2单元1101", "kefu",
            Date.from(ProcessTests.NOW));
    assertThat(written.getValue().actionTaken()).isEqualTo("已转管理处经理研究,下月答复");
  }

  @Test
  @DisplayName("S4 an entry without source, content or what was done, or received in the future, is refused field by field and not written")
  void refused() {
    VariableMap incomplete = entry().putValue("opinionSource", "rumour").putValue("opinionContent", " ")
        .putValue("actionTaken", null).putValue("receivedAt", "2099-01-01T10:00:00+08:00");

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(OpinionRegister.KEY, incomplete))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("请选择意见来源").hasMessageContaining("请填写意见内容")
        .hasMessageContaining("请填写处理情况").hasMessageContaining("反馈时间不能晚于现在");
    verify(entries, never()).insert(org.mockito.ArgumentMatchers.any());
  }
}
