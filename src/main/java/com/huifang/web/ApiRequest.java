package com.huifang.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record a JSON API takes ({@code @Valid @RequestBody}) and names it for staff: a refused
 * {@code @ApiRequest("投诉登记")} answers 400 "投诉登记有2处需要更正" with every field's error (see {@link ApiErrors}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiRequest {

  /** What the request is, in the words staff read: 投诉登记, 保修登记, 购物登记, … */
  String value();
}
