package com.huifang.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) and Huifang's own API ({@code /api}) answer only
 * authenticated requests (HTTP Basic against the engine's identity service); without credentials
 * they answer 401. {@code /api} also takes a reading request of a user logged in to the Camunda webapps
 * (the Cockpit dashboard plugin, see {@link WebappSessionOrBasicAuthenticationProvider}). The engine then
 * checks the caller's authorizations on every call.
 */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    return authentication("huifang-rest-authentication", HttpBasicAuthenticationProvider.class, "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return authentication("huifang-api-authentication", WebappSessionOrBasicAuthenticationProvider.class, "/api/*");
  }

  /** The engine's task attachment resources, closed on both engine REST APIs ({@link EngineAttachmentsClosed}). */
  @Bean
  FilterRegistrationBean<EngineAttachmentsClosed> engineAttachmentsClosed(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new EngineAttachmentsClosed());
    registration.setName("huifang-engine-attachments-closed");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(11);
    return registration;
  }

  /** The actuator: health open, the rest for administrators only (see {@link ActuatorAccess}). */
  @Bean
  FilterRegistrationBean<ActuatorAccess> actuatorAccess(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ActuatorAccess(engine));
    registration.setName("huifang-actuator-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(10);
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name,
      Class<? extends AuthenticationProvider> provider, String urlPattern) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(10);
    return registration;
  }
}
