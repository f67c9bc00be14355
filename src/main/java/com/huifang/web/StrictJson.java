package com.huifang.web;

import com.huifang.engine.FormValues;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Huifang's API reads JSON into its request records ({@link ApiRequest}): strictly, but to the end. An unknown
 * field is refused (Jackson's FAIL_ON_UNKNOWN_PROPERTIES), and so is a value of the wrong type: a number or a boolean
 * where text belongs, text where a whole number does, no silent coercion. Each such problem is recorded with the
 * field's path and a Chinese message ({@link BodyProblems}) and the value skipped, and reading goes on, so the 400
 * lists every problem of the body at once, with the rules' own refusals (see {@link RequestValidation}). Outside a
 * request (no place to record) the problems fail the read as Jackson would.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  static final String NOT_TEXT = FormValues.NOT_TEXT;
  static final String NOT_BOOLEAN = FormValues.NOT_BOOLEAN;
  static final String NOT_WHOLE_NUMBER = FormValues.NOT_WHOLE_NUMBER;
  static final String OUT_OF_RANGE = FormValues.OUT_OF_RANGE;
  static final String NOT_ARRAY = "应为数组";
  static final String NOT_OBJECT = "应为JSON对象";
  static final String UNKNOWN_FIELD = "未知字段";

  /** Spring MVC's mapper, the one that reads every {@code @RequestBody} of the API. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictApiRequests() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .postConfigurer(mapper -> mapper.addHandler(new RecordProblems()));
  }

  /** Registered by Spring Boot with its other modules. */
  @Bean
  static SimpleModule strictScalars() {
    SimpleModule module = new SimpleModule("huifang-strict-json");
    module.addDeserializer(String.class, text());
    module.addDeserializer(Boolean.class, flag());
    module.addDeserializer(Integer.class, wholeNumber());
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Array(deserializer, NOT_ARRAY);
      }
    });
    return module;
  }

  /** Records the problem where there is a place for it and returns null; otherwise fails the read as Jackson would. */
  static <T> T refuse(JsonParser parser, DeserializationContext context, Class<?> type, String message)
      throws IOException {
    BodyProblems problems = BodyProblems.of(context);
    if (problems == null || parser.getParsingContext().inRoot()) {
      return (T) context.handleUnexpectedToken(type, parser);
    }
    problems.refuse(parser, message);
    return null;
  }

  /** The field's own message ({@link WrongType}) where it has one. */
  static String message(BeanProperty property, String fallback) {
    WrongType wrongType = property == null ? null : property.getAnnotation(WrongType.class);
    return wrongType == null ? fallback : wrongType.value();
  }

  /** Reads one JSON scalar into a value, or gives null when the token is not one this type takes. */
  @FunctionalInterface
  interface ScalarReader<T> {
    T read(JsonParser parser) throws IOException;
  }

  /**
   * A scalar of one JSON type, and only that: text only from a JSON string, a boolean only from true or false, a
   * whole number only from a JSON integer that fits an int. Anything else is refused with the field's message.
   */
  static final class Scalar<T> extends StdDeserializer<T> implements ContextualDeserializer {
    private final ScalarReader<T> reader;
    private final String message;

    Scalar(Class<T> type, ScalarReader<T> reader, String message) {
      super(type);
      this.reader = reader;
      this.message = message;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      return new Scalar<>((Class<T>) handledType(), reader, message(property, message));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) && handledType() == Integer.class
          && parser.getNumberType() != JsonParser.NumberType.INT) {
        return refuse(parser, context, handledType(), OUT_OF_RANGE);
      }
      T value = reader.read(parser);
      return value != null ? value : refuse(parser, context, handledType(), message);
    }
  }

  static Scalar<String> text() {
    return new Scalar<>(String.class, p -> p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null, NOT_TEXT);
  }

  static Scalar<Boolean> flag() {
    return new Scalar<>(Boolean.class,
        p -> p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE) ? p.getBooleanValue() : null,
        NOT_BOOLEAN);
  }

  static Scalar<Integer> wholeNumber() {
    return new Scalar<>(Integer.class, p -> p.hasToken(JsonToken.VALUE_NUMBER_INT) ? p.getIntValue() : null,
        NOT_WHOLE_NUMBER);
  }

  /** A JSON array for a list: anything else is refused with the field's message; the elements are read as usual. */
  static final class Array extends StdDeserializer<Object> implements ContextualDeserializer {
    private final JsonDeserializer<?> elements;
    private final String message;

    Array(JsonDeserializer<?> elements, String message) {
      super(Object.class);
      this.elements = elements;
      this.message = message;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JsonDeserializer<?> contextual = elements instanceof ContextualDeserializer c
          ? c.createContextual(context, property) : elements;
      return new Array(contextual, message(property, message));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.START_ARRAY)) {
        return refuse(parser, context, handledType(), message);
      }
      return elements.deserialize(parser, context);
    }
  }

  /** Unknown fields, and objects expected where something else came. */
  static final class RecordProblems extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      BodyProblems problems = BodyProblems.of(context);
      if (problems == null) {
        return false;
      }
      problems.refuse(parser, UNKNOWN_FIELD);
      return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
        JsonParser parser, String failureMessage) throws IOException {
      return refuseNested(context, parser);
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext context, Class<?> instanceClass,
        ValueInstantiator instantiator, JsonParser parser, String message) throws IOException {
      return refuseNested(context, parser);
    }

    /** A record inside the body (a purchase line) that came as something else; the body itself must be an object. */
    private static Object refuseNested(DeserializationContext context, JsonParser parser) throws IOException {
      BodyProblems problems = BodyProblems.of(context);
      if (problems == null || parser.getParsingContext().inRoot()
          || (parser.getParsingContext().getParent() != null && parser.getParsingContext().getParent().inRoot()
              && (parser.hasToken(JsonToken.START_ARRAY) || parser.hasToken(JsonToken.START_OBJECT)))) {
        return NOT_HANDLED;
      }
      problems.refuse(parser, NOT_OBJECT);
      return null;
    }
  }
}
