package dev.plume.identity;

import dev.plume.platform.cache.ReadCache;
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

/**
 * Resolves a bearer token to its session's user, with that user's role and every role below
 * it. Live sessions are cached briefly by token hash (see ReadCache.SESSIONS); logout evicts.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String TOKEN_HASH_ATTRIBUTE = "plume.token-hash";

    private final ReadCache cache;

    SessionIdentityProvider(ReadCache cache) {
        this.cache = cache;
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
        Session.Live session = cache.get(ReadCache.SESSIONS, tokenHash, () -> Session.liveViewerOf(tokenHash)
                .orElseThrow(() -> new AuthenticationFailedException("Missing, unknown or expired bearer token")));
        if (session.ended()) {
            throw new AuthenticationFailedException("Missing, unknown or expired bearer token");
        }
        Viewer viewer = session.viewer();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(viewer.id().toString()))
                .addRoles(viewer.role().grantedRoleNames())
                .addAttribute(Viewer.ATTRIBUTE, viewer)
                .addAttribute(TOKEN_HASH_ATTRIBUTE, tokenHash)
                .build();
    }
}
