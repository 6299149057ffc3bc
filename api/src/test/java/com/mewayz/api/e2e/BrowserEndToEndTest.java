package com.mewayz.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mewayz.api.support.TestClockConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives the real UI in Chromium against the whole embedded platform on a real port: the Playwright
 * scenarios under {@code ui/e2e} (register, create a workspace, invite, read the mail in the sink
 * page, accept as the invitee; watch runs live, approve a waiting run, retry a failed one).
 * Screenshots land in {@code ui/e2e/screenshots}.
 */
@Tag("e2e")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "mewayz.data-dir=",
      "mewayz.auth.bcrypt-strength=4",
      // ui/e2e/runs.spec.ts fails and retries a run against a small HTTP server of its own.
      "mewayz.automations.http.allowed-hosts=localhost"
    })
@Import(TestClockConfiguration.class)
class BrowserEndToEndTest {
  private static final int PORT = freePort();
  private static final Path UI = Path.of("..", "ui");
  // Playwright's own report; written to a file because a forked test JVM's stdout is Surefire's.
  private static final Path REPORT = Path.of("target", "playwright-report.txt");

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    // Links in mails must point at this very server.
    registry.add("mewayz.public-url", () -> "http://localhost:" + PORT);
  }

  @Test
  void playwrightScenariosPassInChromium() throws Exception {
    String chromium = System.getenv().getOrDefault("MEWAYZ_CHROMIUM", "/usr/bin/chromium");
    assertThat(Path.of(chromium))
        .as("Chromium runs the browser tests: apt-get install chromium (or set MEWAYZ_CHROMIUM)")
        .exists();
    assertThat(UI.resolve("node_modules/@playwright/test"))
        .as("ui/node_modules is missing: build the ui module first (./mvnw verify does)")
        .exists();
    assertThat(getClass().getResource("/static/index.html"))
        .as("The built UI is not on the classpath: build without -Dskip.ui")
        .isNotNull();

    ProcessBuilder playwright =
        new ProcessBuilder("npx", "playwright", "test")
            .directory(UI.toFile())
            .redirectErrorStream(true)
            .redirectOutput(REPORT.toFile());
    playwright.environment().put("MEWAYZ_BASE_URL", "http://localhost:" + PORT);
    playwright.environment().put("MEWAYZ_CHROMIUM", chromium);
    playwright.environment().put("CI", "true");
    Process process = playwright.start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("Playwright finished within 5 minutes").isTrue();
    assertThat(process.exitValue())
        .as("Playwright failed; its report:%n%s", Files.readString(REPORT))
        .isZero();
    assertThat(Files.list(UI.resolve("e2e/screenshots")).count())
        .as("screenshots saved")
        .isPositive();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
