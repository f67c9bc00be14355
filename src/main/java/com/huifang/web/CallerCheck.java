package com.huifang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies {@link CallerIn} before Spring reads and validates the request body. */
@Configuration(proxyBeanMethods = false)
class CallerCheck implements WebMvcConfigurer {

  private final ApiCaller caller;

  CallerCheck(ApiCaller caller) {
    this.caller = caller;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
          CallerIn allowed = method.getMethodAnnotation(CallerIn.class);
          if (allowed == null) {
            allowed = method.getBeanType().getAnnotation(CallerIn.class);
          }
          if (allowed != null) {
            caller.requireAnyGroup(List.of(allowed.value()), allowed.refused());
          }
        }
        return true;
      }
    }).addPathPatterns("/api/**");
  }
}
