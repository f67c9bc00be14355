package com.huifang.web;

import com.huifang.engine.EngineClock;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Idempotency-Key filter on {@code /api/*}, inside the API's authentication filter (order 10), so it knows the
 * user; and the hourly removal of expired keys (on every node: deleting what expired is harmless twice).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

  private final IdempotencyKeys keys;

  IdempotencyConfiguration(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdentityService identity,
      PlatformTransactionManager transactions, @Value("${huifang.idempotency.retention:24h}") Duration retention) {
    var registration = new FilterRegistrationBean<>(
        new IdempotencyFilter(keys, identity, new TransactionTemplate(transactions), retention));
    registration.setName("huifang-idempotency");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(20);
    return registration;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void purgeExpiredKeys() {
    int purged = keys.purgeExpired(EngineClock.now());
    if (purged > 0) {
      LOG.info("removed {} expired idempotency keys", purged);
    }
  }
}
