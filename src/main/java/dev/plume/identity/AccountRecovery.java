package dev.plume.identity;

import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Email verification (24 h tokens) and password reset (1 h tokens): random tokens mailed to
 * the user, stored hashed, used once. Confirming a reset ends every session of the user.
 */
@ApplicationScoped
@Transactional
public class AccountRecovery {

    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    private static final String VERIFY_EMAIL = "verify-email:";

    private final AccountMail mail;
    private final SessionWrites sessions;

    AccountRecovery(AccountMail mail, SessionWrites sessions) {
        this.mail = mail;
        this.sessions = sessions;
    }

    /** Mails a fresh verification link to an active user whose address is not verified; older links stop working. */
    public void requestVerification(User user) {
        if (user.emailVerified != null || user.deletedAt != null) {
            return;
        }
        String identifier = VERIFY_EMAIL + user.id;
        VerificationToken.deleteFor(identifier);
        String token = SessionTokens.newToken();
        VerificationToken.store(identifier, SessionTokens.hash(token), Instant.now().plus(VERIFICATION_LIFETIME));
        mail.verifyEmail(user, token);
    }

    public void requestVerification(String email) {
        User.findActiveByEmail(email.strip()).ifPresent(this::requestVerification);
    }

    /** Marks the address of the token's user verified; answers the user. */
    public UUID confirmVerification(String token) {
        User user = VerificationToken.takeLive(VERIFY_EMAIL, SessionTokens.hash(token))
                .flatMap(identifier -> User.findActive(UUID.fromString(identifier.substring(VERIFY_EMAIL.length()))))
                .orElseThrow(() -> Problems.invalid("body", "token", "is unknown, used or expired"));
        user.verifyEmail();
        return user.id;
    }

    public void requestReset(String email) {
        User.findActiveByEmail(email.strip()).ifPresent(user -> {
            String token = SessionTokens.newToken();
            PasswordResetToken.store(user.id, SessionTokens.hash(token), Instant.now().plus(RESET_LIFETIME));
            mail.resetPassword(user, token);
        });
    }

    public void confirmReset(String token, String newPassword) {
        User user = PasswordResetToken.use(SessionTokens.hash(token))
                .flatMap(User::findActive)
                .orElseThrow(() -> Problems.invalid("body", "token", "is unknown, used or expired"));
        user.passwordHash = Passwords.hash(newPassword);
        sessions.endAllOf(user.id);
    }
}
