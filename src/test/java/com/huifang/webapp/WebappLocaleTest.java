package com.huifang.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Simplified Chinese locale files of the Camunda webapps (ours, under
 * META-INF/resources/webjars/camunda/app/&lt;app&gt;/locales/zh.json) against the English ones of the Camunda
 * webapp jar on the classpath (org.camunda.bpm.webapp:camunda-webapp-webjar): after a Camunda upgrade a new
 * English key fails here until it is translated.
 */
class WebappLocaleTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final String CONFIG = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
  static final String WEBJAR = "camunda-webapp-webjar";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|br|strong|b|i|em|code|p|span|ul|ol|li|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  /** Words a Chinese value may keep in English: product names and technical tokens (glossary). */
  private static final Set<String> TECHNICAL = Set.of("camunda", "cockpit", "tasklist", "admin", "welcome",
      "bpmn", "dmn", "cmmn", "rest", "api", "json", "xml", "id", "ids", "url", "javascript", "java", "http",
      "https", "sql", "csv", "cron", "iso", "uuid", "modeler", "null", "undefined", "true", "false", "ok");
  /** A date/time pattern such as YYYY-MM-DDTHH:mm:ss, which a Chinese value keeps as it is. */
  private static final Pattern DATE_PATTERN = Pattern.compile("[YMDdHhmsTZ:./ -]+");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("Issue 8: zh.json has every key of Camunda's en.json, none empty, every {{placeholder}} and HTML tag kept, no English sentence left")
  void chineseCoversEnglish(String app) throws IOException {
    JsonNode english = read(webjarResource(String.format(LOCALES, app, "en")));
    URL zhUrl = ourResource(String.format(LOCALES, app, "zh"));
    byte[] zhBytes = bytes(zhUrl);
    assertThat(zhBytes.length > 3 && (zhBytes[0] & 0xff) == 0xef && (zhBytes[1] & 0xff) == 0xbb)
        .as("%s zh.json starts with a BOM", app).isFalse();
    JsonNode chinese = read(zhUrl);

    List<String> problems = new ArrayList<>();
    compare("", english, chinese, problems);
    english.path("labels").fields().forEachRemaining(label -> {
      String key = label.getKey();
      String en = label.getValue().asText();
      String zh = chinese.path("labels").path(key).asText("");
      if (zh.isBlank()) {
        return;   // reported by compare
      }
      Map<String, Integer> missing = lacking(matches(PLACEHOLDER, en), matches(PLACEHOLDER, zh));
      if (!missing.isEmpty()) {
        problems.add("labels." + key + " drops placeholder(s) " + missing.keySet() + ": " + zh);
      }
      Map<String, Integer> lostTags = lacking(matches(HTML_TAG, en), matches(HTML_TAG, zh));
      if (!lostTags.isEmpty()) {
        problems.add("labels." + key + " drops HTML tag(s) " + lostTags.keySet() + ": " + zh);
      }
      if (zh.equals(en) && !technical(en)) {
        problems.add("labels." + key + " is still English: " + en);
      }
    });
    assertThat(problems).as("%s: zh.json against Camunda's en.json", app).isEmpty();
    assertThat(chinese.path("labels").size()).as("%s labels", app).isGreaterThanOrEqualTo(english.path("labels").size());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("Issue 8: each webapp's config.js (ours) offers zh and en with Chinese as the default, and every offered locale has its file")
  void configOffersChineseAndEnglish(String app) throws IOException {
    String config = new String(bytes(ourResource(String.format(CONFIG, app))), StandardCharsets.UTF_8);
    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
    assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
    List<String> locales = new ArrayList<>();
    Matcher quoted = Pattern.compile("'([a-z]{2})'").matcher(available.group(1));
    while (quoted.find()) {
      locales.add(quoted.group(1));
    }
    assertThat(locales).as("%s availableLocales", app).containsExactly("zh", "en");
    assertThat(config).as("%s fallbackLocale", app).containsPattern("fallbackLocale:\\s*'zh'");
    for (String locale : locales) {
      assertThat(getClass().getClassLoader().getResource(String.format(LOCALES, app, locale)))
          .as("%s offers %s: its locale file", app, locale).isNotNull();
    }
  }

  /** Every key path of the English file exists in the Chinese one with a non-empty value (arrays: same length). */
  private static void compare(String path, JsonNode en, JsonNode zh, List<String> problems) {
    if (zh == null || zh.isMissingNode() || zh.isNull()) {
      problems.add(path + " is missing");
    } else if (en.isObject()) {
      en.fields().forEachRemaining(e -> compare(join(path, e.getKey()), e.getValue(), zh.get(e.getKey()), problems));
    } else if (en.isArray()) {
      if (!zh.isArray() || zh.size() != en.size()) {
        problems.add(path + " must be a list of " + en.size());
      } else {
        for (int i = 0; i < en.size(); i++) {
          compare(path + "[" + i + "]", en.get(i), zh.get(i), problems);
        }
      }
    } else if (en.isTextual() && zh.asText("").isBlank()) {
      problems.add(path + " is empty");
    } else if (en.isNumber() && !zh.isNumber()) {
      problems.add(path + " must be a number");
    }
  }

  private static boolean technical(String english) {
    if (DATE_PATTERN.matcher(english).matches()) {
      return true;
    }
    Matcher word = WORD.matcher(english);
    while (word.find()) {
      if (!TECHNICAL.contains(word.group().toLowerCase())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> matches(Pattern pattern, String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** What `expected` has more often than `actual`. */
  private static Map<String, Integer> lacking(Map<String, Integer> expected, Map<String, Integer> actual) {
    Map<String, Integer> lacking = new HashMap<>();
    expected.forEach((k, n) -> {
      if (actual.getOrDefault(k, 0) < n) {
        lacking.put(k, n - actual.getOrDefault(k, 0));
      }
    });
    return lacking;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The resource from Camunda's webapp jar (not a copy of ours that might shadow it). */
  static URL webjarResource(String name) throws IOException {
    List<URL> urls = Collections.list(WebappLocaleTest.class.getClassLoader().getResources(name));
    return urls.stream().filter(u -> u.toString().contains(WEBJAR)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + WEBJAR + " on the classpath: " + urls));
  }

  /** Our resource: the first one with that name on the classpath (the one served), not from a dependency's jar. */
  static URL ourResource(String name) {
    URL url = WebappLocaleTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name + " on the classpath").isNotNull();
    assertThat(url.toString()).as(name).doesNotContain(".jar!");
    return url;
  }

  static byte[] bytes(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  /** Parses JSON, skipping a UTF-8 byte order mark (Camunda's en.json files start with one). */
  static JsonNode read(URL url) throws IOException {
    String text = new String(bytes(url), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return JSON.readTree(text);
  }
}
