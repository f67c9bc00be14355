package com.huifang.mall;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who registers mall purchases and works on their feedback forms. */
@Configuration
class MallProcesses {

  @Bean
  ProcessAccess mallServiceFeedbackAccess() {
    // M1: the mall service desk registers purchases and keeps every case
    return new ProcessAccess(Mall.KEY, Set.of(MALL_SERVICE_DESK), Set.of(MALL_SERVICE_DESK), Set.of(MALL_SERVICE_DESK));
  }

  @Bean
  ProcessAccess mallFeedbackFormAccess() {
    // M3–M5: merchants' staff serve (their tasks reach them through their merchant's group); the desk keeps the forms
    return new ProcessAccess(Mall.FORM_KEY, Set.of(), Set.of(MALL_SERVICE_DESK, MERCHANT), Set.of(MALL_SERVICE_DESK));
  }
}
