package com.huifang.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the engine's REST resources for task attachments ({@code .../task/{id}/attachment...}) on the engine's REST
 * API and on the webapps' own: Camunda 7.24 checks neither authorizations nor tenants on attachments, so through them
 * anyone logged in could read or add files of any task whose id they know, of any type. A case's attachments are read
 * and added through {@code /api/cases/{businessKey}/attachments}, which checks who may (attachment/CaseAttachments).
 */
class EngineAttachmentsClosed extends OncePerRequestFilter {

  static final Pattern TASK_ATTACHMENT = Pattern.compile(".*/task/[^/]+/attachment(/.*)?");
  static final String MESSAGE = "请通过案件的附件接口读写附件:/api/cases/{业务编号}/attachments";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !TASK_ATTACHMENT.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    JsonErrorBody.write(response, HttpStatus.FORBIDDEN.value(), "type", "AuthorizationException", "message", MESSAGE);
  }
}
