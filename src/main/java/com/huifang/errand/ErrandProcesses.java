package com.huifang.errand;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who takes owner errands and who works on them. */
@Configuration
class ErrandProcesses {

  @Bean
  ProcessAccess ownerErrandAccess() {
    // E1–E10: the customer-service center takes and keeps the errands; the duty supervisor is informed (E4),
    // prepares birthday blessings and urges late deliveries
    return new ProcessAccess(Errand.KEY, Set.of(CUSTOMER_SERVICE), Set.of(CUSTOMER_SERVICE, DUTY_SUPERVISOR),
        Set.of(CUSTOMER_SERVICE));
  }
}
