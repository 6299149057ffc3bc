package com.mewayz.activities.mail;

import jakarta.mail.util.StreamProvider;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.ClassUtils;

/**
 * SMTP delivery. With {@code SMTP_HOST} set, mails go to that server; without it, an in-process
 * SMTP sink receives them and the UI shows them (embedded mode).
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {
  static final String EMBEDDED = "'${mewayz.smtp.host:}'.isBlank()";

  static {
    nameTheStreamProvider();
  }

  /**
   * Jakarta Mail looks its stream provider up through ServiceLoader for every body part and encoder
   * it creates, reading every jar on the class path each time: a tenth of a campaign's CPU. The
   * system property it checks first makes that a class lookup (and an unknown name falls back).
   */
  static void nameTheStreamProvider() {
    String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
    if (System.getProperty(StreamProvider.class.getName()) == null
        && ClassUtils.isPresent(angus, MailConfiguration.class.getClassLoader())) {
      System.setProperty(StreamProvider.class.getName(), angus);
    }
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  @ConditionalOnExpression(EMBEDDED)
  EmbeddedMailSink embeddedMailSink(@Value("${mewayz.smtp.embedded-port:0}") int port) {
    return new EmbeddedMailSink(port);
  }

  @Bean
  @ConditionalOnExpression(EMBEDDED)
  JavaMailSender embeddedMailSender(EmbeddedMailSink sink) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(sink.port());
    sender.getJavaMailProperties().put("mail.smtp.socketFactory", new NoDelaySocketFactory());
    return sender;
  }

  @Bean
  @ConditionalOnExpression("!(" + EMBEDDED + ")")
  JavaMailSender smtpMailSender(
      @Value("${mewayz.smtp.host}") String host,
      @Value("${mewayz.smtp.port:587}") int port,
      @Value("${mewayz.smtp.username:}") String username,
      @Value("${mewayz.smtp.password:}") String password,
      @Value("${mewayz.smtp.starttls:true}") boolean startTls,
      @Value("${mewayz.smtp.ssl:false}") boolean ssl,
      @Value("${mewayz.bounces.address:}") String bounceAddress) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(host);
    sender.setPort(port);
    if (!username.isBlank()) {
      sender.setUsername(username);
      sender.setPassword(password);
    }
    Properties props = sender.getJavaMailProperties();
    props.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    props.put("mail.smtp.ssl.enable", String.valueOf(ssl));
    if (!ssl) {
      // STARTTLS layers TLS over this plain socket, which keeps TCP_NODELAY.
      props.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
    }
    if (!bounceAddress.isBlank()) {
      // The envelope sender: where mail servers send their bounce and complaint reports.
      props.put("mail.smtp.from", bounceAddress);
    }
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "20000");
    props.put("mail.smtp.writetimeout", "20000");
    return sender;
  }
}
