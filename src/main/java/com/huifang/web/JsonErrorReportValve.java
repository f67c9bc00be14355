package com.huifang.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answer, for a request it refuses before the application sees it (an encoded slash or a
 * NUL in the path, characters not allowed in a URL): a short JSON body with a Chinese message, like the
 * application's, in place of Tomcat's HTML page; never the server version, the cause or a trace.
 */
class JsonErrorReportValve extends ErrorReportValve {

  JsonErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String message = status == 400 ? "请求地址或参数无效" : ErrorResponsesConfiguration.messageFor(status);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JsonErrorBody.of("status", status, "message", message));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ignored) {
      // the client has gone, or the response cannot take a body: nothing more to tell
    }
  }
}
