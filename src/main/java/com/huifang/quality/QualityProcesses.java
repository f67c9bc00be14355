package com.huifang.quality;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may see the monthly quality revisit draws. They start by their own timers; nobody starts them by hand. */
@Configuration
class QualityProcesses {

  @Bean
  ProcessAccess qualitySpotCheckAccess() {
    // the drawn orders are revisited by the customer-service center in the owner revisits it starts
    return new ProcessAccess(QualitySpotCheck.KEY, Set.of(), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, SENIOR_HOUSEKEEPER));
  }

  @Bean
  ProcessAccess routineQualityRevisitAccess() {
    // the drawn households are revisited by the customer-service center in the owner revisits it starts
    return new ProcessAccess(RoutineQualityRevisit.KEY, Set.of(), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, SENIOR_HOUSEKEEPER));
  }
}
