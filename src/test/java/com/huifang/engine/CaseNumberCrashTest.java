package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * C14 across a crash: a process draws a case number, and is killed with SIGKILL before the case it numbers commits
 * (the case is lost with it, rightly: it was never answered). The number it drew must stay drawn: the next process on
 * the same database file gets a later one. On H2's default write delay the counter's own committed draw was lost
 * with the process, and the next case got the same number.
 */
class CaseNumberCrashTest {

  @TempDir
  Path directory;

  @Test
  @DisplayName("C14 a case number drawn just before a kill -9 is never handed out again (embedded H2 default)")
  void numberDrawnBeforeTheCrashIsNotReused() throws Exception {
    Process drawing = child("draw");
    String drawn;
    try (var out = new BufferedReader(new InputStreamReader(drawing.getInputStream(), StandardCharsets.UTF_8))) {
      drawn = awaitLine(out, "DRAWN ", drawing).substring("DRAWN ".length());
      // at once, while the case's transaction is still open: a real SIGKILL, no shutdown hook, no close
      Process kill = new ProcessBuilder("kill", "-9", Long.toString(drawing.pid())).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(drawing.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(drawing.exitValue()).as("exit status after kill -9").isEqualTo(137);

    Process next = child("next");
    String line;
    try (var out = new BufferedReader(new InputStreamReader(next.getInputStream(), StandardCharsets.UTF_8))) {
      line = awaitLine(out, "NEXT ", next);
    }
    assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String[] parts = line.split(" ");
    assertThat(parts[3]).as("cases committed: the killed one rolled back with its process").isEqualTo("0");
    assertThat(sequence(parts[1])).as("number after " + drawn).isGreaterThan(sequence(drawn));
  }

  private static int sequence(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
  }

  private Process child(String mode) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Shanghai", "-cp", System.getProperty("java.class.path")));
    if (System.getProperty("casenumber.crash.url") != null) {
      command.add("-Dcasenumber.crash.url=" + System.getProperty("casenumber.crash.url"));
    }
    command.add(DrawAndCrash.class.getName());
    command.add(mode);
    Files.createDirectories(directory);
    return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
  }

  private static String awaitLine(BufferedReader out, String prefix, Process process) throws IOException {
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child ended (" + process.isAlive() + ") without " + prefix + ":\n" + seen);
  }
}
