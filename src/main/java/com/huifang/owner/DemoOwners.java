package com.huifang.owner;

import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.HuifangProperties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: imports demo/owners.csv, so intake fills in the phone of the demo owners. Importing
 * is an upsert, so every start leaves the same demo owners.
 */
@Component
class DemoOwners implements StartupWork {

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_OWNERS;
  }

  static final String RESOURCE = "demo/owners.csv";
  private static final Logger LOG = LoggerFactory.getLogger(DemoOwners.class);

  private final OwnerRegister register;
  private final HuifangProperties properties;

  DemoOwners(OwnerRegister register, HuifangProperties properties) {
    this.register = register;
    this.properties = properties;
  }

  @Override
  public void run() throws IOException {
    if (!properties.demo().enabled()) {
      return;
    }
    try (Reader csv = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
      ImportResult result = register.importCsv(csv);
      if (!result.ok()) {
        throw new IllegalStateException(RESOURCE + " is invalid: " + result.errors());
      }
      LOG.info("Demo mode: {} owners in the owner register ({})", result.imported(), RESOURCE);
    }
  }
}
