package com.huifang.survey;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseTenants;
import com.huifang.engine.HuifangProperties;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The survey's real service and register on a fresh H2 database (V14), over a given owner register. */
final class SurveyFixtures {

  static final String PROJECT = "翠湖花园";

  final Map<String, List<OwnerContact>> owners = new TreeMap<>();
  final SurveyRegister register;
  final SurveyService service;

  SurveyFixtures(String day) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:survey-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V14__customer_survey.sql")).execute(dataSource);
    register = new SurveyRegister(new JdbcTemplate(dataSource));
    OwnerRegister ownerRegister = mock(OwnerRegister.class);
    when(ownerRegister.byProject()).thenAnswer(call -> owners);
    CaseTenants offices = mock(CaseTenants.class);
    when(offices.ofProject(org.mockito.ArgumentMatchers.anyString())).thenReturn(Optional.empty());
    when(offices.defaultTenant()).thenReturn("main");
    service = new SurveyService(register, ownerRegister, offices, TestCaseNumbers.sequential(day),
        new HuifangProperties(null, null, null), 7);
  }

  /** {@code count} households 1栋101, 1栋102, … of the project. */
  SurveyFixtures households(String project, int count) {
    owners.put(project, IntStream.rangeClosed(1, count).mapToObj(i -> new OwnerContact("1栋" + (100 + i),
        "业主" + i, "1380013800" + (i % 10), project, Instant.EPOCH)).toList());
    return this;
  }
}
