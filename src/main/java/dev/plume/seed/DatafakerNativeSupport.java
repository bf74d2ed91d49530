package dev.plume.seed;

import io.quarkus.runtime.annotations.RegisterForReflection;
import net.datafaker.Faker;
import net.datafaker.providers.base.AbstractProvider;
import net.datafaker.providers.base.BaseFaker;
import net.datafaker.providers.base.Book;
import net.datafaker.providers.base.Commerce;
import net.datafaker.providers.base.Hacker;
import net.datafaker.providers.base.Lorem;
import net.datafaker.providers.base.Name;

/**
 * Datafaker resolves its expressions ({@code #{Name.first_name}}) by reflection on the
 * providers. Its own native-image metadata drags AWT and test tooling in, so the native
 * build ignores it and registers only the providers the dev seed uses (their YAML data is
 * included by {@code quarkus.native.resources.includes}).
 */
@RegisterForReflection(targets = {Faker.class, BaseFaker.class, AbstractProvider.class, Name.class, Book.class, Hacker.class, Lorem.class,
        Commerce.class})
final class DatafakerNativeSupport {

    private DatafakerNativeSupport() {
    }
}
