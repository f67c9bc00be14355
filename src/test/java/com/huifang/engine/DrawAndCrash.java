package com.huifang.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The child JVM of {@link CaseNumberCrashTest}, in the working directory the test gives it, on the embedded default's
 * database as application.yaml configures it ({@code ./data/huifang}, with its settings). {@code draw}: opens a
 * case's transaction, draws a number with {@link CaseNumberService} as intake does, writes the case in the open
 * transaction, prints {@code DRAWN <number>} and waits to be killed before the case commits. {@code next}: draws the
 * next number and prints it with the number of cases that were committed.
 */
public final class DrawAndCrash {

  public static void main(String[] args) throws Exception {
    H2SyncWrites.register();
    String url = System.getProperty("casenumber.crash.url", shippedUrl());
    DataSourceProperties database = new DataSourceProperties();
    database.setUrl(url);
    database.setUsername("sa");
    database.setPassword("");
    var source = new DriverManagerDataSource(url, "sa", "");
    try (Connection setup = source.getConnection(); Statement s = setup.createStatement()) {
      s.execute("create table if not exists hf_case_number_counter (prefix varchar(16) not null, day_key varchar(8)"
          + " not null, last_value integer not null, primary key (prefix, day_key))");
      s.execute("create table if not exists crash_case (case_number varchar(32) primary key)");
    }
    CaseNumberService numbers = new CaseNumberService(database,
        new HuifangProperties(ZoneId.of("Asia/Shanghai"), null, null), 2);
    if (args[0].equals("draw")) {
      Connection caseTransaction = source.getConnection();
      caseTransaction.setAutoCommit(false);
      String number = numbers.next("TS");
      try (PreparedStatement insert = caseTransaction.prepareStatement("insert into crash_case values (?)")) {
        insert.setString(1, number);
        insert.executeUpdate();
      }
      System.out.println("DRAWN " + number);
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    } else {
      String number = numbers.next("TS");
      try (Connection c = source.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from crash_case")) {
        rs.next();
        System.out.println("NEXT " + number + " CASES " + rs.getLong(1));
      }
      numbers.destroy();
    }
  }

  /** spring.datasource.url of application.yaml: the embedded default's URL, as shipped. */
  static String shippedUrl() {
    var yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    return Objects.requireNonNull(Objects.requireNonNull(yaml.getObject()).getProperty("spring.datasource.url"));
  }
}
