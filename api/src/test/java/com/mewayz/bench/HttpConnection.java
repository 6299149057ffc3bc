package com.mewayz.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket: the load generators' own cost stays small
 * next to the server's. Reads answers with a length or chunked; JDK classes only.
 */
final class HttpConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;
  private final byte[] buffer = new byte[16384];
  private boolean closedByServer;

  HttpConnection(URI server) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
    socket.setSoTimeout(60_000);
    out = new BufferedOutputStream(socket.getOutputStream());
    in = new BufferedInputStream(socket.getInputStream(), 65536);
    host = server.getHost() + ":" + server.getPort();
  }

  /** A request: its method, path, extra header lines (each ending in CRLF) and JSON body. */
  record Request(String method, String path, String headers, String body) {
    static Request get(String path, String headers) {
      return new Request("GET", path, headers, null);
    }

    static Request post(String path, String headers, String body) {
      return new Request("POST", path, headers, body);
    }
  }

  /** An answer: status, the {@code Retry-After} header if any, and the body when kept. */
  record Response(int status, String retryAfter, String body) {}

  /** Sends the request and reads the whole answer; keeps the body only when asked. */
  Response send(Request request, boolean keepBody) throws IOException {
    byte[] body =
        request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(256)
            .append(request.method())
            .append(' ')
            .append(request.path())
            .append(" HTTP/1.1\r\nHost: ")
            .append(host)
            .append("\r\nUser-Agent: mewayz-benchmark\r\n")
            .append(request.headers() == null ? "" : request.headers());
    if (request.body() != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return read(keepBody);
  }

  private Response read(boolean keepBody) throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String retryAfter = null;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(header.substring(15).trim());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("retry-after:")) {
        retryAfter = header.substring(12).trim();
      }
    }
    ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
    if (chunked) {
      for (long size = Long.parseLong(chunkSize(line()), 16); size > 0; ) {
        skip(size, kept);
        line(); // the CRLF after the chunk
        size = Long.parseLong(chunkSize(line()), 16);
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers are not used
      }
    } else {
      skip(Math.max(length, 0), kept);
    }
    closedByServer = close;
    return new Response(
        status, retryAfter, kept == null ? null : kept.toString(StandardCharsets.UTF_8));
  }

  private static String chunkSize(String line) {
    int extension = line.indexOf(';');
    return (extension < 0 ? line : line.substring(0, extension)).trim();
  }

  private void skip(long length, ByteArrayOutputStream kept) throws IOException {
    for (long left = length; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("connection closed mid-body");
      }
      if (kept != null) {
        kept.write(buffer, 0, read);
      }
      left -= read;
    }
  }

  /** Whether the last answer said {@code Connection: close}. */
  boolean closedByServer() {
    return closedByServer;
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a broken connection
    }
  }
}
