package com.huifang.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API method: members of one of the groups (or administrators); anyone else gets 403 with
 * {@link #refused()} before the request body is even read, so a caller who may not ask never learns what is wrong
 * with what they asked. Checked by {@link CallerCheck}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CallerIn {

  /** The groups, by id. */
  String[] value();

  /** The 403's message, in the words staff read. */
  String refused();
}
