package com.huifang.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field of an {@link ApiRequest} says when its JSON value has the wrong type, where the type's own message
 * ("应为文本", "应为整数", …, see {@link StrictJson}) says too little: {@code @WrongType("应为文本数组,如 [\"tile\"]")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface WrongType {

  String value();
}
