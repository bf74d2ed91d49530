package dev.plume.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The whole suite runs from one address, and per-address rate limits would make tests depend
 * on each other. So each test request comes, through X-Forwarded-For (trusted from loopback),
 * from an address of its own, as requests of distinct users would; a test that is about
 * per-address limits sets the header itself.
 */
final class ClientAddresses {

    private static final String HEADER = "X-Forwarded-For";

    private ClientAddresses() {
    }

    static synchronized void giveEachRequestItsOwn() {
        Filter ownAddress = (request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName(HEADER)) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                request.header(HEADER, "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
            }
            return context.next(request, response);
        };
        if (RestAssured.filters().stream().noneMatch(f -> f.getClass() == ownAddress.getClass())) {
            RestAssured.filters(ownAddress);
        }
    }
}
