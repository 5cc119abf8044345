package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.service.DevMailbox;
import io.quarkus.arc.Arc;
import java.util.List;

/**
 * The mail the service sent over SMTP, as its tests read it: the test profile switches on the
 * service's dev mailbox (GreenMail on the mailer's port, the same that ./platform up uses).
 */
final class Mailbox {

    private Mailbox() {}

    /** Subject and body of each mail received for the address, oldest first. */
    static List<String[]> to(String address) {
        return Arc.container().instance(DevMailbox.class).get().received().stream()
                .filter(mail -> mail.to().contains(address))
                .map(mail -> new String[] {mail.subject(), mail.body()})
                .toList();
    }
}
