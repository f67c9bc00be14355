package com.huifang.opinion;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who records opinions: the office's staff who receive owners, visit them or hear the inspectors (S4). */
@Configuration
class OpinionProcesses {

  static final Set<com.huifang.identity.StaffGroup> RECORDERS =
      Set.of(CUSTOMER_SERVICE, HOUSEKEEPER, SENIOR_HOUSEKEEPER, CHIEF_HOUSEKEEPER, OFFICE_MANAGER);

  @Bean
  ProcessAccess opinionRegisterEntryAccess() {
    return new ProcessAccess(OpinionRegister.KEY, RECORDERS, Set.of(), Set.of(CUSTOMER_SERVICE));
  }
}
