package com.huifang.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Names every auto-deployed model by its path on the classpath ({@code processes/owner-revisit.bpmn})
 * instead of the absolute file or jar path the starter uses by default. Duplicate filtering compares
 * resources by name, so with absolute paths a node started from another folder, or a second node of a
 * cluster, would redeploy the whole set on every start.
 */
@Component
class StableDeploymentNames extends AbstractCamundaConfiguration {

  static final String[] ROOTS = {"processes/", "forms/"};

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
      spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
          .map(StableDeploymentNames::named)
          .toArray(Resource[]::new));
    }
  }

  static Resource named(Resource resource) {
    String location = resource.getDescription();
    try {
      location = resource.getURL().toString();
    } catch (IOException notAnUrl) {
      // keep the description
    }
    for (String root : ROOTS) {
      int at = location.lastIndexOf("/" + root);
      if (at >= 0) {
        return new Named(resource, location.substring(at + 1));
      }
    }
    return resource;
  }

  /** A resource that reports a stable path within the classpath. */
  static final class Named extends AbstractResource implements ContextResource {
    private final Resource delegate;
    private final String path;

    Named(Resource delegate, String path) {
      this.delegate = delegate;
      this.path = path;
    }

    @Override
    public String getPathWithinContext() {
      return path;
    }

    @Override
    public String getDescription() {
      return "classpath resource [" + path + "]";
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return delegate.getInputStream();
    }

    @Override
    public boolean exists() {
      return delegate.exists();
    }

    @Override
    public String getFilename() {
      return delegate.getFilename();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Named n && n.path.equals(path);
    }

    @Override
    public int hashCode() {
      return path.hashCode();
    }
  }
}
