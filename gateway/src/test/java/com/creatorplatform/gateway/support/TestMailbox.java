package com.creatorplatform.gateway.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real SMTP server inside the test JVM (GreenMail), which the services started by {@link
 * PlatformServices} send their mail to. It listens on a fixed port because the services outlive a
 * test class while each test class (its own Quarkus class loader) has its own mailbox, stopped when
 * the class ends.
 */
public final class TestMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+[?&]token=\\S+");
    private static final int SMTP_PORT = 18299;
    private static GreenMail server;

    private TestMailbox() {}

    /** Starts the mailbox unless it is running, and says where it listens. */
    public static synchronized int smtpPort() {
        if (server == null) {
            server =
                    new GreenMail(
                            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return SMTP_PORT;
    }

    /** Frees the port for the next test class's mailbox. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A mail received for the address, once it has arrived. */
    public record Received(String subject, String body) {

        /** The first link in the body that carries a token, e.g. an invitation's. */
        public URI link() {
            var matcher = LINK.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no link with a token in: " + body);
            }
            return URI.create(matcher.group());
        }

        /** The token parameter of {@link #link()}. */
        public String token() {
            String query = link().getRawQuery();
            int at = query.indexOf("token=");
            return URLDecoder.decode(
                    query.substring(at + "token=".length()).split("&")[0], StandardCharsets.UTF_8);
        }
    }

    public static Received awaitMailTo(String address) {
        smtpPort();
        return await("a mail to " + address)
                .atMost(Duration.ofSeconds(15))
                .until(() -> latestTo(address), Optional::isPresent)
                .orElseThrow();
    }

    public static long countTo(String address) {
        smtpPort();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).count();
    }

    private static Optional<Received> latestTo(String address) {
        MimeMessage[] all = server.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (isTo(all[i], address)) {
                try {
                    return Optional.of(
                            new Received(all[i].getSubject(), GreenMailUtil.getBody(all[i])));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
