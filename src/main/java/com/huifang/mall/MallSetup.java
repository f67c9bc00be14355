package com.huifang.mall;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import org.springframework.stereotype.Component;

/** At every start, after the staff groups and users exist: one group per registered merchant, staff in it. */
@Component
class MallSetup implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.MERCHANT_GROUPS;
  }

  private final MerchantGroups groups;

  MallSetup(MerchantGroups groups) {
    this.groups = groups;
  }

  @Override
  public void run() {
    groups.sync();
  }
}
