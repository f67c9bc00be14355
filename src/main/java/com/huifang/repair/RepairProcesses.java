package com.huifang.repair;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import com.huifang.identity.StaffGroup;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who takes repair requests and who works on them. */
@Configuration
class RepairProcesses {

  /** P1 首问责任制: every staff member of a property office may take a repair request. */
  static final Set<StaffGroup> RECEIVERS = EnumSet.of(CUSTOMER_SERVICE, CONTROL_CENTER, HOUSEKEEPER, SENIOR_HOUSEKEEPER,
      CHIEF_HOUSEKEEPER, OFFICE_MANAGER, DUTY_SUPERVISOR, DEPT_ENGINEERING, DEPT_SECURITY, DEPT_CLEANING, DEPT_GREENING);

  @Bean
  ProcessAccess propertyRepairAccess() {
    Set<StaffGroup> workers = EnumSet.copyOf(RECEIVERS);
    workers.add(GENERAL_MANAGER);
    // P4, P6: the customer-service center revisits every repair and keeps the 报修受理记录, so it reads every case
    return new ProcessAccess(Repair.KEY, RECEIVERS, workers, EnumSet.of(CUSTOMER_SERVICE));
  }
}
