package dev.plume.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;

/** bcrypt at cost 12. Checking an unknown user costs as much as a known one (no timing oracle). */
public final class Passwords {

    private static final int COST = 12;
    private static final BCrypt.Hasher HASHER =
            BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2B));
    private static final String DECOY_HASH = HASHER.hashToString(COST, "no such user".toCharArray());

    private Passwords() {
    }

    public static String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    /** Whether the password matches; a null hash (no such user, or no password) never matches. */
    public static boolean matches(String password, String hash) {
        boolean verified = BCrypt.verifyer(null, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2B))
                .verify(password.toCharArray(), hash == null ? DECOY_HASH : hash).verified;
        return verified && hash != null;
    }
}
