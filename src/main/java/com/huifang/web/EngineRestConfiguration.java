package com.huifang.web;

import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API as the Camunda starter sets it up, but with {@link EngineRestErrors} in place of
 * Camunda's exception mappers (whose JSON mapping messages name Java classes). Declaring this bean
 * makes the starter's own {@code CamundaJerseyResourceConfig} step back.
 */
@Configuration
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(TaskRace races) {
    return new HuifangEngineRest(races);
  }

  /** Tasklist's own calls ({@code <webapp path>/api/engine/...}): see {@link WebappTaskRaceFilter}. */
  @Bean
  FilterRegistrationBean<WebappTaskRaceFilter> webappTaskRaceFilter(TaskRace races,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new WebappTaskRaceFilter(races));
    registration.setName("huifang-webapp-task-race");
    registration.addUrlPatterns(webappPath + "/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @ApplicationPath("/engine-rest")
  static class HuifangEngineRest extends CamundaJerseyResourceConfig {

    /** Camunda's mappers that {@link EngineRestErrors} replaces. */
    static final Set<Class<?>> REPLACED = Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class,
        RestExceptionHandler.class, JsonMappingExceptionHandler.class, JsonParseExceptionHandler.class);

    private final TaskRace races;

    HuifangEngineRest(TaskRace races) {
      this.races = races;
    }

    @Override
    protected void registerCamundaRestResources() {
      registerClasses(CamundaRestResources.getResourceClasses());
      Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
      configuration.removeAll(REPLACED);
      registerClasses(configuration);
      register(new EngineRestErrors(races));
      // without Jackson's own exception mappers, whose 400 bodies name Java classes
      register(JacksonFeature.withoutExceptionMappers());
    }
  }
}
