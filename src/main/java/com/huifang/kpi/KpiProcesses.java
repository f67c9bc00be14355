package com.huifang.kpi;

import com.huifang.quality.QualitySpotCheck;
import com.huifang.quality.RoutineQualityRevisit;
import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may see the monthly quality spot check (K4) and the weekly complaint analysis. They start by their own timers; nobody starts them by hand. */
@Configuration
class KpiProcesses {

  @Bean
  ProcessAccess qualitySpotCheckAccess() {
    // the drawn orders are revisited by the customer-service center in the owner revisits it starts
    return new ProcessAccess(QualitySpotCheck.KEY, Set.of(), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, SENIOR_HOUSEKEEPER));
  }

  @Bean
  ProcessAccess weeklyComplaintAnalysisAccess() {
    // the senior housekeeper writes the analysis; the office manager reads it
    return new ProcessAccess(WeeklyComplaintAnalysis.KEY, Set.of(), Set.of(SENIOR_HOUSEKEEPER),
        Set.of(SENIOR_HOUSEKEEPER, OFFICE_MANAGER));
  }

  @Bean
  ProcessAccess routineQualityRevisitAccess() {
    // the drawn households are revisited by the customer-service center in the owner revisits it starts
    return new ProcessAccess(RoutineQualityRevisit.KEY, Set.of(), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, SENIOR_HOUSEKEEPER));
  }
}
