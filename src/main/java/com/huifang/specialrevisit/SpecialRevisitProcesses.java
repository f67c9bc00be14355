package com.huifang.specialrevisit;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The office manager organises special revisits; the customer-service center revisits the households (S5). */
@Configuration
class SpecialRevisitProcesses {

  @Bean
  ProcessAccess specialRevisitAccess() {
    return new ProcessAccess(SpecialRevisit.KEY, Set.of(OFFICE_MANAGER), Set.of(CUSTOMER_SERVICE),
        Set.of(CUSTOMER_SERVICE, OFFICE_MANAGER));
  }
}
