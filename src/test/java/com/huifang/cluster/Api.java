package com.huifang.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A user's HTTP client for one node: /api and /engine-rest with HTTP Basic, JSON in and out. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
      }
    }

    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final Node node;
  private final String user;
  private final String authorization;

  Api(Node node, String user, String password) {
    this.node = node;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  Node node() {
    return node;
  }

  String user() {
    return user;
  }

  Response get(String path) throws IOException {
    return send(request(path).GET());
  }

  Response post(String path, Object body) throws IOException {
    return post(path, body, Map.of());
  }

  Response post(String path, Object body, Map<String, String> headers) throws IOException {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request);
  }

  Response put(String path) throws IOException {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  /** The response, or the IOException of a node that is down or dropped the connection. */
  private Response send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", authorization).header("Accept", "application/json");
  }
}
