package com.huifang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets for any failed request outside the APIs (401, 403, 404, 500 …), in place of Spring's English
 * "Whitelabel Error Page": what happened in Chinese, who is logged in, which of the webapps (任务列表, 监控中心, 系统管理)
 * this user may open, and a link to Tasklist. A housekeeper who follows a link to Cockpit lands here. JSON clients
 * keep the JSON body of {@code /error} (see {@link ErrorResponsesConfiguration}).
 */
class ErrorPage implements View {

  /** The webapps, in the order staff meet them: id → Chinese name. */
  private static final Map<String, String> WEBAPPS = new LinkedHashMap<>();

  static {
    WEBAPPS.put("tasklist", "任务列表:办理分派给您和您所在组的任务");
    WEBAPPS.put("cockpit", "监控中心:查看流程运行情况和考核指标");
    WEBAPPS.put("admin", "系统管理:用户、组和权限");
  }

  private final IdentityService identity;
  private final String engineName;
  private final String webappPath;

  ErrorPage(IdentityService identity, String engineName, String webappPath) {
    this.identity = identity;
    this.engineName = engineName;
    this.webappPath = webappPath;
  }

  @Override
  public String getContentType() {
    return "text/html;charset=UTF-8";
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    int status = model.get("status") instanceof Integer s ? s : 500;
    UserAuthentication user = loggedIn(request);
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(status).append(' ').append(escape(title(status, user))).append(" - 回访</title>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>")
        .append("body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;color:#333;line-height:1.6}")
        .append("h1{font-size:1.5em}.code{color:#888}a{color:#1a5fb4}li{margin:.3em 0}</style></head><body>")
        .append("<h1><span class=\"code\">").append(status).append("</span> ").append(escape(title(status, user)))
        .append("</h1><p class=\"explanation\">").append(escape(explanation(status, user))).append("</p>");
    if (model.get("reference") != null) {
      page.append("<p class=\"reference\">参考编号: ").append(escape(String.valueOf(model.get("reference"))))
          .append("(请告知系统管理员)</p>");
    }
    if (user != null) {
      page.append("<p class=\"user\">当前登录: ").append(escape(displayName(user.getName()))).append("</p>")
          .append("<p>您可以使用:</p><ul class=\"apps\">");
      Set<String> apps = user.getAuthorizedApps();
      WEBAPPS.forEach((app, label) -> {
        if (apps != null && apps.contains(app)) {
          page.append("<li><a href=\"").append(escape(appLink(app))).append("\">").append(escape(label))
              .append("</a></li>");
        }
      });
      page.append("</ul>");
    }
    page.append("<p><a class=\"tasklist\" href=\"").append(escape(appLink("tasklist"))).append("\">")
        .append(user == null ? "登录任务列表" : "返回任务列表").append("</a></p></body></html>");
    response.setContentType(getContentType());
    response.getOutputStream().write(page.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String title(int status, UserAuthentication user) {
    return switch (status) {
      case 401 -> "请先登录";
      case 403 -> user == null ? "请先登录" : "您无权打开此页面";
      case 404 -> "页面不存在";
      default -> status >= 500 ? "服务器内部错误" : ErrorResponsesConfiguration.messageFor(status);
    };
  }

  private static String explanation(int status, UserAuthentication user) {
    return switch (status) {
      case 401 -> "此页面需要登录后才能查看。";
      case 403 -> user == null ? "此页面需要登录后才能查看。" : "您的账号没有打开此页面的权限。需要时请联系系统管理员开通。";
      case 404 -> "您要打开的地址不存在,可能链接有误或已过期。";
      default -> status >= 500 ? "处理您的请求时出错了,请稍后重试。" : "请求无效,请检查后重试。";
    };
  }

  private String appLink(String app) {
    return webappPath + "/app/" + app + "/" + engineName + "/";
  }

  private String displayName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  private UserAuthentication loggedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user ? user : null;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }
}
