package com.huifang.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * An amount as text, from JSON text or a JSON number taken by its literal digits ({@code 268.00} stays "268.00"),
 * never through a double: {@code @JsonDeserialize(using = DecimalText.class)} on a request record's amount field.
 */
public final class DecimalText extends StdDeserializer<String> {

  public DecimalText() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING) || parser.hasToken(JsonToken.VALUE_NUMBER_INT)
        || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      return parser.getText();
    }
    return StrictJson.refuse(parser, context, String.class, StrictJson.NOT_TEXT);
  }
}
