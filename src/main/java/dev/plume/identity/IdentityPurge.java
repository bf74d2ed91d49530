package dev.plume.identity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Deletes expired sessions and spent tokens, on a schedule ({@code plume.purge.interval}). */
@ApplicationScoped
public class IdentityPurge {

    private static final Logger LOG = Logger.getLogger(IdentityPurge.class);

    @Scheduled(identity = "identity-purge", every = "${plume.purge.interval}", delayed = "${plume.purge.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        LOG.debugf("Purged %d expired sessions, %d verification tokens, %d spent reset tokens",
                Session.purgeExpired(), VerificationToken.purgeExpired(), PasswordResetToken.purgeSpent());
    }
}
