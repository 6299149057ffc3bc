package com.mewayz.api.operations;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import com.mewayz.api.web.ApiException;
import com.mewayz.worker.runtime.PayloadEncryption;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Temporal's remote codec protocol, so operators read the encrypted payloads of a run in Temporal
 * UI ({@code temporal server start-dev --ui-codec-endpoint http://mewayz:8080/api/temporal-codec}).
 * Off unless {@code MEWAYZ_TEMPORAL_CODEC_ORIGINS} names the UI's origins; answers Temporal's own
 * JSON ({@code {"payloads": [...]}}), not the API envelope, because the UI reads that.
 *
 * <p>It decrypts whatever ciphertext it is given: keep it where only operators reach it, as
 * Temporal recommends for codec servers. It holds no data of its own.
 */
@RestController
@RequestMapping("/api/temporal-codec")
class TemporalCodecController {
  private final PayloadEncryption encryption;
  private final List<String> origins;
  private final String namespace;

  TemporalCodecController(
      PayloadEncryption encryption,
      @Value("${mewayz.temporal.codec-origins:}") List<String> origins,
      @Value("${mewayz.temporal.namespace:default}") String namespace) {
    this.encryption = encryption;
    this.origins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    this.namespace = namespace;
  }

  @PostMapping(path = "/{direction:encode|decode}", produces = MediaType.APPLICATION_JSON_VALUE)
  String code(
      @PathVariable String direction,
      @RequestHeader(name = "X-Namespace", required = false) String requestedNamespace,
      @RequestBody String body) {
    if (origins.isEmpty()) {
      throw ApiException.notFound(
          "Codec endpoint (set MEWAYZ_TEMPORAL_CODEC_ORIGINS to enable it)");
    }
    if (requestedNamespace != null && !requestedNamespace.equals(namespace)) {
      throw ApiException.notFound("Namespace " + requestedNamespace);
    }
    Payloads.Builder payloads = Payloads.newBuilder();
    try {
      JsonFormat.parser().merge(body, payloads);
    } catch (InvalidProtocolBufferException e) {
      throw ApiException.invalid(
          "payloads", "must be Temporal's JSON of payloads: " + e.getMessage());
    }
    try {
      List<Payload> coded =
          direction.equals("encode")
              ? encryption.encode(payloads.getPayloadsList())
              : encryption.decode(payloads.getPayloadsList());
      return JsonFormat.printer().print(Payloads.newBuilder().addAllPayloads(coded));
    } catch (PayloadCodecException e) {
      throw ApiException.invalid("payloads", e.getMessage());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Coded payloads do not print", e);
    }
  }
}
