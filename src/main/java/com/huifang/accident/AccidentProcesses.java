package com.huifang.accident;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer-service center reports and revisits an accident; the office manager is told and may revisit (R8). */
@Configuration
class AccidentProcesses {

  @Bean
  ProcessAccess accidentRevisitAccess() {
    return new ProcessAccess(Accident.KEY, Set.of(CUSTOMER_SERVICE, OFFICE_MANAGER), Set.of(CUSTOMER_SERVICE,
        OFFICE_MANAGER), Set.of(CUSTOMER_SERVICE));
  }
}
