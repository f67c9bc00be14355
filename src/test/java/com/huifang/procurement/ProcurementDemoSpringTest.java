package com.huifang.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import com.huifang.engine.HuifangProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo mode: a year of purchases; the quarter before last sampled and revisited; last quarter's sample open for
 * finance, drawn under the adjacent-quarter rule; a flagged purchase waiting for its buyer.
 */
class ProcurementDemoSpringTest extends DemoSpringTestBase {

  @Autowired ProcurementRegister register;

  @Test
  @DisplayName("Q1 Q2 demo: last quarter's sample repeats no item of the quarter before, explains why, and waits for finance; caigou completes two flagged purchases")
  void demoQuarters() {
    Quarter last = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai"))).previous();
    Quarter beforeLast = last.previous();
    var history = engine.getHistoryService();
    List<HistoricProcessInstance> draws = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Procurement.QUARTER_KEY).variableValueEquals(HuifangProperties.Demo.MARKER, true)
        .orderByProcessInstanceStartTime().asc().list();
    assertThat(draws).extracting(HistoricProcessInstance::getBusinessKey)
        .containsExactly(beforeLast.toString(), last.toString());
    assertThat(draws.get(0).getEndActivityId()).isEqualTo(Procurement.QuarterElements.END_DONE);
    assertThat(draws.get(1).getEndTime()).isNull();

    Set<String> earlier = register.sheet(List.of(beforeLast)).stream().map(r -> r.purchase().itemKey())
        .collect(Collectors.toSet());
    var now = register.sheet(List.of(last));
    assertThat(now).isNotEmpty();
    // the random kinds of last quarter: none sampled the quarter before
    assertThat(now).filteredOn(r -> r.reason().startsWith("随机抽取")).extracting(r -> r.purchase().itemKey())
        .isNotEmpty().doesNotContainAnyElementsOf(earlier);
    assertThat(now).extracting(ProcurementRegister.SheetRow::reason)
        .anyMatch(reason -> reason.startsWith("价格或数量波动:单价68.00元"))
        .anyMatch(reason -> reason.startsWith("单价5800.00元,超过2000元"));
    String explanation = (String) engine.getRuntimeService().getVariable(draws.get(1).getId(),
        Procurement.Vars.EXPLANATION.name());
    assertThat(explanation).contains("清洁用品(含消杀药品):本季度采购8种,上季度已抽样不再抽取5种(");
    assertThat(register.sheet(List.of(beforeLast))).anyMatch(r -> r.financeOutcome() != null);

    var tasks = engine.getTaskService();
    String[] revisits = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(draws.get(1).getId()).list().stream().map(p -> p.getId()).toArray(String[]::new);
    assertThat(revisits).hasSize(now.size());
    assertThat(tasks.createTaskQuery().processInstanceIdIn(revisits)
        .taskDefinitionKey(Procurement.RevisitElements.REVISIT_SUPPLIER).taskCandidateGroup("finance").count())
        .isEqualTo(now.size());
    assertThat(tasks.createTaskQuery().taskDefinitionKey(Procurement.PurchaseElements.COMPLETE_ISSUER)
        .taskAssignee(DemoProcurement.BUYER).count()).isEqualTo(2);
  }
}
