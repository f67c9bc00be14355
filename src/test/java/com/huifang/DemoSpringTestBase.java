package com.huifang;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.TestPropertySource;

/**
 * The application in demo mode: demo users and the demo cases of every feature. Every demo test extends this, so all
 * share one application context, in one JVM of their own (the Surefire execution {@code demo-tests}: the demo data
 * must not meet the other tests' data, and Camunda's REST API keeps one application engine per JVM).
 */
@TestPropertySource(properties = "huifang.demo.enabled=true")
@Tag("demo")
public abstract class DemoSpringTestBase extends SpringTestBase {
}
