package com.huifang.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.lang.reflect.RecordComponent;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation as Huifang's rules use it: the constraints on a request record (the API's, and a start form's
 * when its listener reads the same record) see the engine's clock in the office's time zone, so "not before now" is
 * the same now the engine fires timers by; constraint validators may be Spring beans (a register look-up).
 * {@link #check} turns violations into the domain's refusal, {@link InvalidInput.Refused}, for a form.
 */
@Configuration(proxyBeanMethods = false)
public class Rules {

  /** The application's validator (Spring MVC validates with it too). */
  @Bean
  static LocalValidatorFactoryBean defaultValidator(HuifangProperties properties) {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.setMessageInterpolator(new ParameterMessageInterpolator());
    validator.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> clock(properties.zone())));
    return validator;
  }

  /** A validator without Spring, for a plain engine's tests: the engine's clock in {@code zone}. */
  public static Validator plain(ZoneId zone) {
    return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> clock(zone)).buildValidatorFactory().getValidator();
  }

  /** The engine's clock ({@link EngineClock}) as a {@code java.time.Clock} in {@code zone}. */
  public static Clock clock(ZoneId zone) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return clock(other);
      }

      @Override
      public Instant instant() {
        return EngineClock.now();
      }
    };
  }

  private static final class Fields {
    static final Validator VALIDATOR = plain(ZoneId.systemDefault());
  }

  /**
   * The errors of {@code request}'s fields, each field's first (field → message, in the record's order), by the
   * constraints on its components only: a rule that needs the clock or a register is the caller's to apply. This is
   * how a start form's listener reads the same request record as the API.
   */
  public static Map<String, String> fieldErrors(Object request) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      for (ConstraintViolation<Object> v : inFieldOrder(Fields.VALIDATOR.validateProperty(request, component.getName()),
          request.getClass())) {
        errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
      }
    }
    return errors;
  }

  /** Text made literal for a constraint's message (a code or a date the user sent may hold '{' or '$'). */
  public static String literal(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  /** Reports each of {@code errors} (field → message) as a violation of that field, for a class-level constraint. */
  public static boolean report(Map<String, String> errors, jakarta.validation.ConstraintValidatorContext context) {
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    errors.forEach((field, message) -> context.buildConstraintViolationWithTemplate(literal(message))
        .addPropertyNode(field).addConstraintViolation());
    return false;
  }

  /**
   * The violations in the order of the record's components (a violation of the record as a whole, last), then by
   * message: one order every time, so the first error of a field is always the same one.
   */
  public static <T> List<ConstraintViolation<T>> inFieldOrder(Set<ConstraintViolation<T>> violations, Class<?> type) {
    List<String> components = type.isRecord()
        ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    List<ConstraintViolation<T>> ordered = new ArrayList<>(violations);
    ordered.sort(Comparator.<ConstraintViolation<T>, Integer>comparing(v -> {
      var nodes = v.getPropertyPath().iterator();
      int at = nodes.hasNext() ? components.indexOf(nodes.next().getName()) : -1;
      return at < 0 ? Integer.MAX_VALUE : at;
    }).thenComparing(v -> v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage));
    return ordered;
  }
}
