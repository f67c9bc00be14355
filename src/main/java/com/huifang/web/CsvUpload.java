package com.huifang.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** An uploaded CSV file (the owner register's and the purchase register's imports) as text, or the 4xx that says why not. */
public final class CsvUpload {

  private CsvUpload() {}

  /**
   * The text of the upload: refused with 400 when empty or not UTF-8 (as Excel's "CSV UTF-8" writes it), 413 when
   * larger than {@code maxBytes}.
   */
  public static String text(byte[] body, int maxBytes) {
    if (body == null || body.length == 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "CSV文件为空");
    }
    if (body.length > maxBytes) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "CSV文件过大(最多" + maxBytes / 1024 / 1024 + "MB)");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "CSV文件须为UTF-8编码(Excel请另存为“CSV UTF-8”)");
    }
  }
}
