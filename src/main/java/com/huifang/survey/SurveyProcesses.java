package com.huifang.survey;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who takes part in the annual customer survey: the office manager starts it and handles reminders, causes and
 * actions; the customer-service center records the returns (and revisits, in the owner revisits it calls).
 */
@Configuration
class SurveyProcesses {

  @Bean
  ProcessAccess customerSurveyAccess() {
    return new ProcessAccess(CustomerSurvey.KEY, Set.of(OFFICE_MANAGER), Set.of(CUSTOMER_SERVICE, OFFICE_MANAGER),
        Set.of(CUSTOMER_SERVICE, OFFICE_MANAGER, GENERAL_MANAGER, SENIOR_HOUSEKEEPER));
  }
}
