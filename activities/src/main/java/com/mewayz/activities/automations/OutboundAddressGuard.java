package com.mewayz.activities.automations;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps owner-configured HTTP steps away from the platform's own network (SSRF): loopback, private,
 * link-local (cloud metadata at 169.254.169.254 included), carrier-grade NAT, unique local IPv6 and
 * multicast addresses are refused unless their host is allow-listed in {@code
 * MEWAYZ_HTTP_ALLOWED_HOSTS}. Redirects are not followed, so a public URL cannot bounce inward.
 */
@Component
public class OutboundAddressGuard {
  private static final Set<String> METADATA_HOSTS =
      Set.of("metadata.google.internal", "metadata", "instance-data");

  private final Set<String> allowedHosts;

  public OutboundAddressGuard(@Value("${mewayz.automations.http.allowed-hosts:}") String allowed) {
    this.allowedHosts =
        Arrays.stream(allowed.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
  }

  /** Throws {@link IllegalArgumentException} saying why when the URL may not be called. */
  public URI check(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("url is not a valid URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("url must start with http:// or https://");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("url has no host: " + url);
    }
    String normalized = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
    if (allowedHosts.contains(normalized)
        || (uri.getPort() > 0 && allowedHosts.contains(normalized + ":" + uri.getPort()))) {
      return uri;
    }
    if (METADATA_HOSTS.contains(normalized)) {
      throw refused(host, "a cloud metadata service");
    }
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(normalized));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("The host " + host + " cannot be resolved", e);
    }
    for (InetAddress address : addresses) {
      String why = internal(address);
      if (why != null) {
        throw refused(host, why);
      }
    }
    return uri;
  }

  private static String internal(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (address.isAnyLocalAddress()) {
      return "an unspecified address";
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local address (cloud metadata lives there)";
    }
    if (address.isSiteLocalAddress()) {
      return "a private network address";
    }
    if (address.isMulticastAddress()) {
      return "a multicast address";
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
      return "a carrier-grade NAT address";
    }
    if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return "a unique local IPv6 address";
    }
    return null;
  }

  private static IllegalArgumentException refused(String host, String why) {
    return new IllegalArgumentException(
        "url points at "
            + host
            + ", "
            + why
            + "; HTTP steps may only call public addresses unless the host is allow-listed in"
            + " MEWAYZ_HTTP_ALLOWED_HOSTS");
  }
}
