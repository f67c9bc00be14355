package com.huifang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Huifang (回访): property-management follow-up work on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HuifangApplication {

  public static void main(String[] args) {
    SpringApplication.run(HuifangApplication.class, args);
  }
}
