package com.huifang.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Demo mode opens three renovation warranties with revisits coming up, due, and a repair waiting. */
class WarrantyDemoSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("W2 W4 W6 demo warranties: a tile revisit in 10 days, late revisits due now, a repair waiting for a technician")
  void demoWarranties() {
    var runtime = engine.getRuntimeService();
    var cases = runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.KEY)
        .variableValueEquals("demoCase", true).list();
    assertThat(cases).hasSize(3);
    var jobs = engine.getManagementService();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    var recent = cases.stream().filter(c -> today.minusDays(50).toString()
        .equals(runtime.getVariable(c.getId(), "handoverDateText"))).findFirst().orElseThrow();
    assertThat(jobs.createJobQuery().processInstanceId(recent.getId()).activityId(Warranty.Elements.REVISIT_DUE).list())
        .anySatisfy(job -> assertThat(job.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
            .isEqualTo(today.plusDays(10)));
    var late = cases.stream().filter(c -> today.minusMonths(13).toString()
        .equals(runtime.getVariable(c.getId(), "handoverDateText"))).findFirst().orElseThrow();
    assertThat(jobs.createJobQuery().processInstanceId(late.getId()).activityId(Warranty.Elements.REVISIT_DUE)
        .duedateLowerThan(new Date()).count()).isEqualTo(3); // tile, on site, 12 months: the job executor runs them at once
    // only the demo cases' repairs: on PostgreSQL the suite's other tests share this database
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .processInstanceBusinessKeyIn(cases.stream().map(c -> c.getBusinessKey()).toArray(String[]::new))
        .taskDefinitionKey(Warranty.RepairElements.DISPATCH).taskCandidateGroup("warranty-service").count()).isEqualTo(1);
  }
}
