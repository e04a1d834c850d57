package com.finflow.cashflow.lambda;

import com.finflow.shared.http.HttpResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The dashboard's page, script, stylesheet and icon as the build bundled them into the jar ({@code
 * dashboard/}), read and compressed once per container. The other files are named by their
 * content's hash, so browsers may keep them; the page names them, so it is always revalidated.
 */
final class DashboardFiles {

  static final String PAGE = "index.html";
  private static final String FOLDER = "/dashboard/";
  private static final String LISTING = "assets.txt";

  /** Nothing but this origin: no inline script or style, no framing, no plugin, no other base. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
          + " img-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final Map<String, File> files;

  private DashboardFiles(Map<String, File> files) {
    this.files = Map.copyOf(files);
  }

  static DashboardFiles fromJar() {
    Map<String, File> files = new LinkedHashMap<>();
    files.put(PAGE, File.of(read(PAGE), "text/html; charset=utf-8", "no-cache"));
    for (String name : new String(read(LISTING), StandardCharsets.UTF_8).split("\n")) {
      if (!name.isBlank()) {
        files.put(name, File.of(read(name), typeOf(name), "public, max-age=31536000, immutable"));
      }
    }
    return new DashboardFiles(files);
  }

  /** The page without a name, else the named script or stylesheet, gzipped when accepted. */
  HttpResult answer(Optional<String> name, boolean gzipAccepted) {
    File file = files.get(name.orElse(PAGE));
    if (file == null) {
      throw new NoSuchDashboardFile();
    }
    HttpResult result =
        new HttpResult(
                200,
                gzipAccepted ? file.gzipped() : new String(file.bytes(), StandardCharsets.UTF_8),
                file.contentType(),
                Map.of())
            .withHeader("cache-control", file.cacheControl())
            .withHeader("content-security-policy", CONTENT_SECURITY_POLICY)
            .withHeader("x-content-type-options", "nosniff")
            .withHeader("referrer-policy", "no-referrer")
            .withHeader("x-frame-options", "DENY")
            .withHeader("vary", "accept-encoding");
    return gzipAccepted ? result.withHeader("content-encoding", "gzip") : result;
  }

  private static String typeOf(String name) {
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    throw new IllegalStateException("the dashboard bundle holds an unexpected file: " + name);
  }

  private static byte[] read(String name) {
    try (InputStream in = DashboardFiles.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the function's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record File(byte[] bytes, byte[] gzipped, String contentType, String cacheControl) {

    static File of(byte[] bytes, String contentType, String cacheControl) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new File(bytes, out.toByteArray(), contentType, cacheControl);
    }
  }
}
