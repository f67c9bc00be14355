package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.complaint.Complaint;
import com.huifang.engine.ModelHook;
import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may see the weekly complaint analysis (it starts by its own timer; nobody starts it by hand), and the KPI hook. */
@Configuration
class KpiProcesses {

  @Bean
  ProcessAccess weeklyComplaintAnalysisAccess() {
    // the senior housekeeper writes the analysis, the chief housekeeper reads it (C20); the office manager reads it
    return new ProcessAccess(WeeklyComplaintAnalysis.KEY, Set.of(), Set.of(SENIOR_HOUSEKEEPER, CHIEF_HOUSEKEEPER),
        Set.of(SENIOR_HOUSEKEEPER, CHIEF_HOUSEKEEPER, OFFICE_MANAGER));
  }

  @Bean
  ProcessAccess monthlyComplaintReviewAccess() {
    // C18 the chief housekeeper signs the month's log; C20 the senior housekeeper's summary goes to the office manager
    return new ProcessAccess(MonthlyComplaintReview.KEY, Set.of(),
        Set.of(CHIEF_HOUSEKEEPER, SENIOR_HOUSEKEEPER, OFFICE_MANAGER),
        Set.of(CHIEF_HOUSEKEEPER, SENIOR_HOUSEKEEPER, OFFICE_MANAGER, CUSTOMER_SERVICE));
  }

  /**
   * Keeps the KPI read model complete when a complaint ends without its model's listeners: Cockpit's cancel (and
   * the REST API's delete or modification) may skip custom listeners, which would leave the ended case out of K1
   * and K6. The engine then still runs this built-in {@code end} listener; otherwise the model's own
   * {@code ${recordKpiFactsListener}} has written the row.
   */
  @Bean
  ModelHook kpiFactsOfComplaintsEndedByHand() {
    return ModelHook.onProcess(Complaint.KEY, ExecutionListener.EVENTNAME_END, "recordKpiFactsListener")
        .whenCustomListenersSkipped();
  }
}
