package com.huifang.mall;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start, after the staff groups and users exist: one group per registered merchant, staff in it. */
@Component
@Order(5)
class MallSetup implements ApplicationRunner {

  private final MerchantGroups groups;

  MallSetup(MerchantGroups groups) {
    this.groups = groups;
  }

  @Override
  public void run(ApplicationArguments args) {
    groups.sync();
  }
}
