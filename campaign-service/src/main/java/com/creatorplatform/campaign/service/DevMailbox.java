package com.creatorplatform.campaign.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A development machine's mailbox: with {@code campaign.dev-mailbox.enabled} a real SMTP server
 * (GreenMail) runs inside this service on the mailer's own host and port, so that {@code ./platform
 * up} needs no mail server and its invitations can be read in this service's log. Off everywhere
 * else: production mails through the SMTP host it is given.
 */
@ApplicationScoped
public class DevMailbox {

    private static final Logger LOG = Logger.getLogger(DevMailbox.class);

    /** A mail as the log shows it. */
    public record Received(List<String> to, String subject, String body) {}

    private final boolean enabled;
    private final String host;
    private final int port;
    private GreenMail server;
    private int logged;

    DevMailbox(
            @ConfigProperty(name = "campaign.dev-mailbox.enabled") boolean enabled,
            @ConfigProperty(name = "quarkus.mailer.host") String host,
            @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port) {
        this.enabled = enabled;
        this.host = host;
        this.port = port.orElse(ServerSetup.SMTP.getPort());
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.infof(
                "dev mailbox: SMTP on %s:%d; every mail is logged here (not for production)",
                host, port);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (server != null) {
            server.stop();
        }
    }

    /** Every mail received so far, oldest first (none when the mailbox is off). */
    public synchronized List<Received> received() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(DevMailbox::received).toList();
    }

    @Scheduled(every = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void logNewMail() {
        List<Received> all = received();
        for (Received mail : all.subList(logged, all.size())) {
            LOG.infof(
                    "dev mailbox: to %s, \"%s\"%n%s",
                    String.join(", ", mail.to()), mail.subject(), mail.body().trim());
        }
        logged = all.size();
    }

    private static Received received(MimeMessage message) {
        try {
            return new Received(
                    Arrays.stream(message.getAllRecipients()).map(String::valueOf).toList(),
                    message.getSubject(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("an unreadable mail in the dev mailbox", e);
        }
    }
}
