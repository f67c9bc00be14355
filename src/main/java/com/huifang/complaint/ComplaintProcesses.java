package com.huifang.complaint;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who receives complaints and who works on them. */
@Configuration
class ComplaintProcesses {

  @Bean
  ProcessAccess complaintHandlingAccess() {
    // C1 首问责任制: every member of staff is the first contact for what an owner tells them, and registers it
    // (the customer-service center by day and the control center at night take it from there); a merchant's staff
    // (商户) are the mall's tenants, not the company's, and register nothing
    Set<com.huifang.identity.StaffGroup> receivers = EnumSet.complementOf(EnumSet.of(MERCHANT));
    Set<com.huifang.identity.StaffGroup> workers = EnumSet.of(CUSTOMER_SERVICE, CONTROL_CENTER, HOUSEKEEPER,
        SENIOR_HOUSEKEEPER, CHIEF_HOUSEKEEPER, OFFICE_MANAGER, GENERAL_MANAGER, MANAGEMENT_REP,
        DEPT_ENGINEERING, DEPT_SECURITY, DEPT_CLEANING, DEPT_GREENING);
    // C10: the customer-service center keeps the complaint log (客户投诉登记表), so it reads every case
    return new ProcessAccess(Complaint.KEY, receivers, workers, EnumSet.of(CUSTOMER_SERVICE));
  }
}
