package com.huifang.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * What a client sees when a request fails outside the APIs' own error handlers: Spring's {@code /error}
 * (JSON or its HTML page) carries the status, a Chinese message by status and, for 5xx, a reference that is
 * logged with the stack trace; never the exception, its message or a trace. Tomcat's own error page (a
 * request refused before it reaches the application) names neither the server version nor the cause.
 * The request body limit is registered here too.
 */
@Configuration
class ErrorResponsesConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponsesConfiguration.class);

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpLimits limits) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits));
    registration.setName("huifang-request-body-limit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
    // before authentication: an oversized body is refused before anything else is done with it
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** The HTML page of {@code /error} for browsers, in place of Spring's Whitelabel page ({@link ErrorPage}). */
  @Bean(name = "error")
  View errorPage(IdentityService identity, ProcessEngine engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return new ErrorPage(identity, engine.getName(), webappPath);
  }

  @Bean
  ErrorAttributes errorAttributes() {
    return new DefaultErrorAttributes() {
      @Override
      public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = attributes.get("status") instanceof Integer s ? s : 500;
        attributes.put("message", messageFor(status));
        if (status >= 500) {
          String reference = ErrorReference.next();
          attributes.put("message", ErrorReference.message(reference));
          attributes.put("reference", reference);
          LOG.error("request {} failed with {}, reference {}", attributes.get("path"), status, reference, getError(request));
        }
        return attributes;
      }
    };
  }

  /**
   * A path Spring's static-resource handler cannot even normalise (found by ApiFuzzSpringTest: {@code /api/errands/}
   * followed by text with a slash and control characters) is an unknown address, 404, not a failure.
   */
  @Bean
  HandlerExceptionResolver unreadableResourcePathIsNotFound() {
    return new HandlerExceptionResolver() {
      @Override
      public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
          Exception failure) {
        if (handler instanceof ResourceHttpRequestHandler && failure instanceof IllegalArgumentException) {
          try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return new ModelAndView();
          } catch (java.io.IOException e) {
            return null;
          }
        }
        return null;
      }
    };
  }

  static String messageFor(int status) {
    return switch (status) {
      case 400 -> "请求无效";
      case 401 -> "请先登录";
      case 403 -> "无权访问";
      case 404 -> "请求的地址不存在";
      case 405 -> "不支持的请求方法";
      case 413 -> "请求内容过大";
      case 415 -> "不支持的内容类型";
      default -> status >= 500 ? "服务器内部错误" : "请求无效";
    };
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietTomcatErrorPages() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        // naming its class keeps Tomcat from adding its own HTML ErrorReportValve at start
        host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
        host.getPipeline().addValve(new JsonErrorReportValve());
      }
    });
  }
}
