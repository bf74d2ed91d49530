package dev.plume.identity;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The mails of the account lifecycle. They leave once the transaction that stored their token
 * commits, and without holding up the request: the answer takes as long whether or not a mail
 * is sent, so it tells nothing about which addresses have accounts.
 */
@ApplicationScoped
public class AccountMail {

    private static final Logger LOG = Logger.getLogger(AccountMail.class);

    private final Event<Outgoing> outgoing;
    private final ReactiveMailer mailer;
    private final String frontEndUrl;

    AccountMail(Event<Outgoing> outgoing, ReactiveMailer mailer, @ConfigProperty(name = "plume.front-end-url") String frontEndUrl) {
        this.outgoing = outgoing;
        this.mailer = mailer;
        this.frontEndUrl = frontEndUrl.replaceAll("/+$", "");
    }

    record Outgoing(String to, String subject, String text) {
    }

    void verifyEmail(User user, String token) {
        outgoing.fire(new Outgoing(user.email, "Confirm your email address", """
                Hello %s,

                confirm your email address by opening this link within 24 hours:
                %s/verify-email?token=%s

                If you did not create an account, ignore this mail.
                """.formatted(user.name == null ? "" : user.name, frontEndUrl, token)));
    }

    void resetPassword(User user, String token) {
        outgoing.fire(new Outgoing(user.email, "Reset your password", """
                Hello %s,

                set a new password by opening this link within one hour:
                %s/reset-password?token=%s

                Setting it signs you out everywhere. If you did not ask for this, ignore this mail.
                """.formatted(user.name == null ? "" : user.name, frontEndUrl, token)));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()))
                .subscribe().with(sent -> { }, failure -> LOG.errorf(failure, "Mail \"%s\" could not be sent", mail.subject()));
    }
}
