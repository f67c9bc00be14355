package com.huifang.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our schema migrations (Flyway, {@code db/migration}) run after the process engine has created or updated its own
 * tables: a migration may add an index to an engine table (V7, the Tasklist indexes), which on a fresh database
 * does not exist before the engine starts. Spring Boot would otherwise migrate first.
 */
@Configuration(proxyBeanMethods = false)
class FlywayAfterProcessEngine {

  /** The Camunda starter's engine bean, and Spring Boot's bean that runs the migrations. */
  static final String ENGINE = "processEngineFactoryBean";
  static final String MIGRATIONS = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor flywayDependsOnProcessEngine() {
    return (ConfigurableListableBeanFactory factory) -> {
      if (factory.containsBeanDefinition(MIGRATIONS) && factory.containsBeanDefinition(ENGINE)) {
        BeanDefinition migrations = factory.getBeanDefinition(MIGRATIONS);
        List<String> dependsOn = new ArrayList<>(migrations.getDependsOn() == null ? List.of()
            : Arrays.asList(migrations.getDependsOn()));
        dependsOn.add(ENGINE);
        migrations.setDependsOn(dependsOn.toArray(String[]::new));
      }
    };
  }
}
