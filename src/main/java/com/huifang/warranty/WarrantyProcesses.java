package com.huifang.warranty;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who registers warranties and reports repairs, and who works on them. */
@Configuration
class WarrantyProcesses {

  @Bean
  ProcessAccess renovationWarrantyAccess() {
    // W1: the decoration company's repair service department registers at completion acceptance and keeps the cases
    return new ProcessAccess(Warranty.KEY, Set.of(WARRANTY_SERVICE), Set.of(WARRANTY_SERVICE), Set.of(WARRANTY_SERVICE));
  }

  @Bean
  ProcessAccess warrantyRepairAccess() {
    // W6: the office manager is told when no technician was dispatched within 2 days
    return new ProcessAccess(Warranty.REPAIR_KEY, Set.of(WARRANTY_SERVICE), Set.of(WARRANTY_SERVICE, OFFICE_MANAGER),
        Set.of(WARRANTY_SERVICE));
  }

  @Bean
  ProcessAccess warrantyRepairRequestAccess() {
    // W6: the repair service department registers an owner's repair request from Tasklist
    return new ProcessAccess(Warranty.REPAIR_REQUEST_KEY, Set.of(WARRANTY_SERVICE), Set.of(WARRANTY_SERVICE),
        Set.of(WARRANTY_SERVICE));
  }
}
