package com.huifang.procurement;

import static com.huifang.identity.StaffGroup.*;

import com.huifang.identity.ProcessAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who registers purchases, draws the quarter's sample and works on the revisits (Q1–Q4). */
@Configuration
class ProcurementProcesses {

  @Bean
  ProcessAccess procurementPurchaseAccess() {
    // Q1: buyers register and complete their purchases; finance keeps the register
    return new ProcessAccess(Procurement.PURCHASE_KEY, Set.of(BUYER), Set.of(BUYER), Set.of(FINANCE, FINANCE_MANAGER));
  }

  @Bean
  ProcessAccess procurementRevisitQuarterAccess() {
    // Q2: the timer draws each quarter; finance may start a draw by hand
    return new ProcessAccess(Procurement.QUARTER_KEY, Set.of(FINANCE), Set.of(FINANCE), Set.of(FINANCE, FINANCE_MANAGER));
  }

  @Bean
  ProcessAccess procurementHalfYearSummaryAccess() {
    // Q5: finance sums up every half year (its timer, or by hand); the finance manager reads it
    return new ProcessAccess(Procurement.SUMMARY_KEY, Set.of(FINANCE), Set.of(FINANCE), Set.of(FINANCE, FINANCE_MANAGER));
  }

  @Bean
  ProcessAccess procurementRevisitAccess() {
    // Q3/Q4: finance revisits, the buyer explains, the finance manager handles what stays unexplained
    return new ProcessAccess(Procurement.REVISIT_KEY, Set.of(), Set.of(FINANCE, BUYER, FINANCE_MANAGER),
        Set.of(FINANCE, FINANCE_MANAGER));
  }
}
