package com.huifang.mall;

import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The real merchant register on a fresh in-memory H2 database with the real V4 migration, for the plain-engine
 * process tests: merchant m01 (staff S101 certified with user shanghu, S103 uncertified) and m02 (S201 certified).
 */
final class MallTestRegister {

  static final String MERCHANT_A = "m01";
  static final String MERCHANT_B = "m02";
  static final String CERTIFIED_A = "S101";
  static final String UNCERTIFIED_A = "S103";
  static final String CERTIFIED_B = "S201";

  private MallTestRegister() {}

  static MerchantRegister create() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:mall-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V4__mall.sql")).execute(dataSource);
    MerchantRegister register = new MerchantRegister(new JdbcTemplate(dataSource));
    register.addMerchant(MERCHANT_A, "华美地板");
    register.addMerchant(MERCHANT_B, "金盾门窗");
    register.addStaff(new MerchantRegister.Staff(CERTIFIED_A, MERCHANT_A, "黄杰", true, "shanghu"));
    register.addStaff(new MerchantRegister.Staff(UNCERTIFIED_A, MERCHANT_A, "刘小军", false, null));
    register.addStaff(new MerchantRegister.Staff(CERTIFIED_B, MERCHANT_B, "徐明", true, "shanghu2"));
    return register;
  }
}
