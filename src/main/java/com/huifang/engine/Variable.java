package com.huifang.engine;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name is spelled once, in the process's constants class, and every
 * delegate, listener and test reads and writes it through here instead of casting.
 */
public final class Variable<T> {

  private final String name;
  private final Class<T> type;

  private Variable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> Variable<T> of(String name, Class<T> type) {
    return new Variable<>(name, type);
  }

  public String name() {
    return name;
  }

  /** The value, or null when unset. A value of another type is a modelling error and fails loudly. */
  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (type == Integer.class && value instanceof Long number && number == number.intValue()) {
      return type.cast(number.intValue()); // JUEL arithmetic (${round + 1}) yields a Long
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("variable '%s' holds a %s, expected %s"
          .formatted(name, value.getClass().getSimpleName(), type.getSimpleName()));
    }
    return type.cast(value);
  }

  /** The value when it is text, else null (a form or a REST call may send anything): for checks of what was submitted. */
  public String text(VariableScope scope) {
    return scope.getVariable(name) instanceof String text ? text : null;
  }

  /** Whether the value is {@code true} (absent, {@code false} and anything else are not). */
  public boolean isTrue(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** The value as submitted, of whatever type, for rules that read it themselves (dates, amounts). */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  public T getOrDefault(VariableScope scope, T fallback) {
    T value = get(scope);
    return value == null ? fallback : value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Variable<?> v && v.name.equals(name) && v.type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }
}
