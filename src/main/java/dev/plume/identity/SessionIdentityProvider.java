package dev.plume.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Resolves a bearer token to its session's user, with that user's role and every role below
 * it, and renews the session when it is due (SessionSettings). Live sessions are cached
 * briefly by token hash (SessionCache); ending a session evicts it.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String TOKEN_HASH_ATTRIBUTE = "plume.token-hash";
    static final String SESSION_ID_ATTRIBUTE = "plume.session-id";

    private final SessionCache cache;
    private final SessionSettings settings;

    SessionIdentityProvider(SessionCache cache, SessionSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (token.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Missing, unknown or expired bearer token"));
        }
        return context.runBlocking(() -> identityOf(SessionTokens.hash(token)));
    }

    /**
     * Its own transaction, so that the connection goes back to the pool before the endpoint
     * takes one: a request never holds two connections at once.
     */
    @ActivateRequestContext
    @Transactional
    SecurityIdentity identityOf(String tokenHash) {
        Session.Live session = cache.get(tokenHash, () -> Session.liveViewerOf(tokenHash)
                .orElseThrow(() -> new AuthenticationFailedException("Missing, unknown or expired bearer token")));
        Instant now = Instant.now();
        if (session.ended()) {
            throw new AuthenticationFailedException("Missing, unknown or expired bearer token");
        }
        if (settings.dueForRenewal(session.expires(), now)) {
            Session.extend(tokenHash, now.plus(settings.maxAge()));
            cache.evict(tokenHash);
        }
        Viewer viewer = session.viewer();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(viewer.id().toString()))
                .addRoles(viewer.role().grantedRoleNames())
                .addAttribute(Viewer.ATTRIBUTE, viewer)
                .addAttribute(TOKEN_HASH_ATTRIBUTE, tokenHash)
                .addAttribute(SESSION_ID_ATTRIBUTE, session.sessionId())
                .build();
    }
}
