package dev.plume.identity;

import dev.plume.platform.error.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
class IdentityUniqueConstraints implements UniqueConstraints {

    @Override
    public Map<String, String> fieldsByConstraint() {
        return Map.of("users_email_key", "email", "users_email_lower_key", "email",
                "accounts_provider_provider_account_id_key", "providerAccountId", "sessions_session_token_key", "sessionToken",
                "verification_tokens_pkey", "token", "verification_tokens_token_key", "token");
    }
}
