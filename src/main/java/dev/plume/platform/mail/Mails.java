package dev.plume.platform.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Mails that leave once the transaction that stored their token commits, and without holding up
 * the request: the answer takes as long whether or not a mail is sent, so it tells nothing about
 * which addresses have accounts.
 */
@ApplicationScoped
public class Mails {

    private static final Logger LOG = Logger.getLogger(Mails.class);

    private final Event<Outgoing> outgoing;
    private final ReactiveMailer mailer;
    private final String frontEndUrl;

    Mails(Event<Outgoing> outgoing, ReactiveMailer mailer, @ConfigProperty(name = "plume.front-end-url") String frontEndUrl) {
        this.outgoing = outgoing;
        this.mailer = mailer;
        this.frontEndUrl = frontEndUrl.replaceAll("/+$", "");
    }

    record Outgoing(String to, String subject, String text) {
    }

    /** The front end's address of this path ({@code /verify-email?token=…}), for links in mails. */
    public String link(String pathAndQuery) {
        return frontEndUrl + pathAndQuery;
    }

    /** Sends the mail after the current transaction commits; never if it rolls back. */
    public void afterCommit(String to, String subject, String text) {
        outgoing.fire(new Outgoing(to, subject, text));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()))
                .subscribe().with(sent -> { }, failure -> LOG.errorf(failure, "Mail \"%s\" could not be sent", mail.subject()));
    }
}
