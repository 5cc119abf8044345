package com.creatorplatform.campaign.grpc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail, in the test JVM on a free port) for the service's mail. */
public class Mailbox implements QuarkusTestResourceLifecycleManager {

    static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(server.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** Subject and body of each mail received for the address, oldest first. */
    static List<String[]> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(
                        message -> {
                            try {
                                return new String[] {
                                    message.getSubject(), GreenMailUtil.getBody(message)
                                };
                            } catch (MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                .toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
