package com.mewayz.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server that accepts every mail and keeps only counts: messages, and messages per
 * recipient (to find duplicates). It stands for a fast provider, so a benchmark measures the
 * sender, not a mail store.
 */
final class SmtpSink implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final AtomicLong messages = new AtomicLong();
  private final Map<String, AtomicLong> perRecipient = new ConcurrentHashMap<>();

  SmtpSink() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.submit(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  long messages() {
    return messages.get();
  }

  long recipients() {
    return perRecipient.size();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        connections.submit(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      String recipient = null;
      String line;
      while ((line = in.readLine()) != null) {
        String command =
            line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 sink");
          case "MAIL" -> reply(out, "250 OK");
          case "RCPT" -> {
            recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase();
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 go on");
            String body;
            while ((body = in.readLine()) != null && !body.equals(".")) {
              // the message itself is not kept
            }
            messages.incrementAndGet();
            perRecipient.computeIfAbsent(recipient, r -> new AtomicLong()).incrementAndGet();
            reply(out, "250 OK queued");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    } catch (IOException | RuntimeException dropped) {
      // a client gone is not the sink's problem
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
