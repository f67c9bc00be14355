package com.huifang.kpi;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may see the monthly quality spot check (K4). It starts by its own timer; nobody starts it by hand. */
@Configuration
class KpiProcesses {

  @Bean
  ProcessAccess qualitySpotCheckAccess() {
    // the drawn orders are revisited by the customer-service center in the owner revisits it starts
    return new ProcessAccess(QualitySpotCheck.KEY, Set.of(), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, SENIOR_HOUSEKEEPER));
  }
}
