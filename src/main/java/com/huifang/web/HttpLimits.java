package com.huifang.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code huifang.http.*}): Huifang's JSON API, the owner register's CSV import, and the
 * engine's REST API (which also takes deployments), and a case's attachment upload. A larger body is refused with 413 before it is read.
 */
@ConfigurationProperties("huifang.http")
public record HttpLimits(DataSize maxRequestBody, DataSize maxImportBody, DataSize maxEngineRestBody,
    DataSize maxAttachmentBody) {

  public HttpLimits {
    maxRequestBody = maxRequestBody == null ? DataSize.ofMegabytes(1) : maxRequestBody;
    maxImportBody = maxImportBody == null ? DataSize.ofMegabytes(5) : maxImportBody;
    maxEngineRestBody = maxEngineRestBody == null ? DataSize.ofMegabytes(10) : maxEngineRestBody;
    // an attachment's upload (huifang.attachments.max-file-size, 10 MB) with its form fields and multipart framing
    maxAttachmentBody = maxAttachmentBody == null ? DataSize.ofMegabytes(11) : maxAttachmentBody;
  }
}
