package com.huifang.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Hand-built purchases and sample rules for the Q tests, and the real register on a fresh H2 database (V10). */
final class ProcurementFixtures {

  /** The rules of processes/procurement-sample-rules.dmn as shipped. */
  static final SampleRules RULES = SampleRules.of(Map.of("alwaysAboveYuan", 2000, "cleaningKinds", 5, "repairKinds", 5,
      "engineeringKinds", 5, "officeKinds", 3, "priceJumpPercent", 30, "quantityJumpPercent", 100));

  private static int numbers;

  private ProcurementFixtures() {}

  /** A purchase numbered in the order made: CG-yyyyMMdd-NNNN. */
  static PurchaseRecord purchase(String item, Category category, String quantity, String unitPrice, LocalDate on) {
    numbers++;
    return new PurchaseRecord("CG-%s-%04d".formatted(on.toString().replace("-", ""), numbers), item, category,
        new BigDecimal(quantity), "件", new BigDecimal(unitPrice), "供方" + item, "0755-8888" + (numbers % 10),
        "管理处", on, "caigou");
  }

  static ProcurementRegister register() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:procurement-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V10__procurement.sql")).execute(dataSource);
    return new ProcurementRegister(new JdbcTemplate(dataSource));
  }
}
