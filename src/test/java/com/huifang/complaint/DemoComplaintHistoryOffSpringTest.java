package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.engine.HuifangProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without demo mode no history is written: a real office's database gets no invented past (issue 21). */
class DemoComplaintHistoryOffSpringTest extends SpringTestBase {

  @Autowired DemoComplaintHistory demoHistory;

  @Test
  @DisplayName("K1 without demo mode the 12 months' demo history is not written, at start or when asked")
  void notWithoutDemoMode() {
    var marked = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals(HuifangProperties.Demo.HISTORY_MARKER, true);
    assertThat(marked.count()).isZero();
    demoHistory.run();
    assertThat(marked.count()).isZero();
  }
}
