package dev.plume.identity;

import dev.plume.platform.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;

/** The mails of the account lifecycle, sent after the transaction that stored their token commits. */
@ApplicationScoped
public class AccountMail {

    private final Mails mails;

    AccountMail(Mails mails) {
        this.mails = mails;
    }

    void verifyEmail(User user, String token) {
        mails.afterCommit(user.email, "Confirm your email address", """
                Hello %s,

                confirm your email address by opening this link within 24 hours:
                %s

                If you did not create an account, ignore this mail.
                """.formatted(user.name == null ? "" : user.name, mails.link("/verify-email?token=" + token)));
    }

    void resetPassword(User user, String token) {
        mails.afterCommit(user.email, "Reset your password", """
                Hello %s,

                set a new password by opening this link within one hour:
                %s

                Setting it signs you out everywhere. If you did not ask for this, ignore this mail.
                """.formatted(user.name == null ? "" : user.name, mails.link("/reset-password?token=" + token)));
    }
}
