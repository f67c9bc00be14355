package com.huifang.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail notices ({@code huifang.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.*}:
 * without {@code spring.mail.host} no mail is sent.
 *
 * @param from the sender address of every notice
 */
@ConfigurationProperties("huifang.mail")
public record MailNoticeProperties(String from) {

  public static final String DEFAULT_FROM = "huifang@localhost";

  public MailNoticeProperties {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from.trim();
  }
}
