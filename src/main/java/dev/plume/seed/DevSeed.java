package dev.plume.seed;

import dev.plume.commerce.CatalogDtos.CreateProductRequest;
import dev.plume.commerce.CatalogDtos.CreateShopCategoryRequest;
import dev.plume.commerce.CatalogDtos.ImageInput;
import dev.plume.commerce.CreditWrites;
import dev.plume.commerce.ProductWrites;
import dev.plume.content.Category;
import dev.plume.content.CommentWrites;
import dev.plume.content.LikeWrites;
import dev.plume.content.PostDtos.CreatePostRequest;
import dev.plume.content.PostDtos.CreatedPost;
import dev.plume.content.PostWrites;
import dev.plume.content.Tag;
import dev.plume.identity.Actor;
import dev.plume.identity.Passwords;
import dev.plume.identity.Role;
import dev.plume.identity.User;
import dev.plume.identity.Viewer;
import dev.plume.workspace.WorkspaceSeed;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import net.datafaker.Faker;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The development data of the seed script: an admin, ten users with credits, four categories,
 * five tags, fifty posts with tags, comments and likes, a shop of 24 products in three
 * categories, written through the same entities and write
 * services as the API's, so the same rules hold. Idempotent: a database that has the admin is
 * left as it is. Every seeded user's password is {@value #PASSWORD}.
 */
@ApplicationScoped
public class DevSeed {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String PASSWORD = "password123";
    private static final Logger LOG = Logger.getLogger(DevSeed.class);

    private final PostWrites posts;
    private final CommentWrites comments;
    private final LikeWrites likes;
    private final ProductWrites products;
    private final CreditWrites credits;
    private final WorkspaceSeed workspaces;

    DevSeed(PostWrites posts, CommentWrites comments, LikeWrites likes, ProductWrites products, CreditWrites credits, WorkspaceSeed workspaces) {
        this.workspaces = workspaces;
        this.posts = posts;
        this.comments = comments;
        this.likes = likes;
        this.products = products;
        this.credits = credits;
    }

    /** Seeds an empty database; answers false when it was seeded already. */
    public boolean run() {
        List<UUID> users = QuarkusTransaction.requiringNew().call(this::content);
        if (users.isEmpty()) {
            return false;
        }
        // each in a transaction of its own, after the users' has committed
        workspaces.run(users.subList(1, 5), users.subList(5, 8));
        LOG.info("Seeded two organizations with members, projects and tasks: acme-robotics (owner user1@example.com), globex (owner user5@example.com)");
        return true;
    }

    /** Everything but the workspaces; answers the users' ids (admin first), none when the database was seeded already. */
    private List<UUID> content() {
        if (User.findActiveByEmail(ADMIN_EMAIL).isPresent()) {
            return List.of();
        }
        Faker faker = new Faker(new Random(42));
        Random random = new Random(42);
        String hash = Passwords.hash(PASSWORD);

        List<Viewer> users = new ArrayList<>();
        users.add(user(ADMIN_EMAIL, "Admin", Role.ADMIN, hash));
        for (int i = 1; i <= 10; i++) {
            users.add(user("user" + i + "@example.com", faker.name().fullName(), i <= 2 ? Role.MODERATOR : Role.USER, hash));
        }
        List<UUID> categories = new ArrayList<>();
        for (String name : List.of("Technology", "Design", "Business", "Lifestyle")) {
            Category category = new Category();
            category.name = name;
            category.slug = Slugs.of(name);
            category.description = "Posts about " + name.toLowerCase() + ".";
            category.persist();
            categories.add(category.id);
        }
        List<String> tags = new ArrayList<>();
        for (String name : List.of("Java", "PostgreSQL", "Quarkus", "Performance", "Tutorial")) {
            Tag tag = new Tag();
            tag.name = name;
            tag.slug = Slugs.of(name);
            tag.persist();
            tags.add(tag.slug);
        }
        for (int i = 0; i < 50; i++) {
            String content = String.join("\n\n", faker.lorem().paragraphs(3 + random.nextInt(4)));
            CreatedPost post = posts.create(users.get(random.nextInt(users.size())), new CreatePostRequest(
                    faker.book().title() + " " + faker.hacker().noun(), content, content.substring(0, Math.min(160, content.length())),
                    null, categories.get(random.nextInt(categories.size())),
                    List.copyOf(new LinkedHashSet<>(List.of(tags.get(random.nextInt(tags.size())), tags.get(random.nextInt(tags.size()))))),
                    i % 5 != 0 ? "PUBLISHED" : "DRAFT"));
            if (i % 5 != 0) {
                discuss(post.id(), users, faker, random);
            }
        }
        catalog(faker, random);
        for (Viewer user : users) {
            credits.grant(users.getFirst(), user.id(), new BigDecimal("100.00"), "Welcome credits");
        }
        LOG.infof("Seeded %d users (password %s, 100.00 credits each), 4 categories, 5 tags, 50 posts, 24 products; admin: %s",
                users.size(), PASSWORD, ADMIN_EMAIL);
        return users.stream().map(Viewer::id).toList();
    }

    /** A shop of three categories (one below another) and 24 products with prices, stock and images. */
    private void catalog(Faker faker, Random random) {
        UUID home = products.createCategory(new CreateShopCategoryRequest("Home", "home", null)).id();
        List<UUID> categories = List.of(home,
                products.createCategory(new CreateShopCategoryRequest("Kitchen", "kitchen", home)).id(),
                products.createCategory(new CreateShopCategoryRequest("Outdoors", "outdoors", null)).id());
        for (int i = 1; i <= 24; i++) {
            BigDecimal price = BigDecimal.valueOf(199 + random.nextInt(20_000), 2);
            products.create(new CreateProductRequest(faker.commerce().productName(), faker.lorem().paragraph(), price,
                    i % 4 == 0 ? price.add(new BigDecimal("5.00")) : null, "USD", "SEED-" + i, random.nextInt(40),
                    categories.get(random.nextInt(categories.size())),
                    List.of(new ImageInput("https://picsum.photos/seed/product-" + i + "/800/800", "Product " + i))));
        }
    }

    private void discuss(UUID postId, List<Viewer> users, Faker faker, Random random) {
        UUID first = null;
        for (int c = random.nextInt(5); c > 0; c--) {
            UUID parentId = first != null && random.nextBoolean() ? first : null;
            UUID id = comments.write(users.get(random.nextInt(users.size())), postId, parentId,
                    faker.lorem().sentence(8 + random.nextInt(12))).id();
            first = first == null ? id : first;
        }
        for (int l = random.nextInt(8); l > 0; l--) {
            likes.like(users.get(random.nextInt(users.size())).id(), postId);
        }
    }

    private static Viewer user(String email, String name, Role role, String passwordHash) {
        User user = User.of(email, name);
        user.passwordHash = passwordHash;
        user.verifyEmail();
        user.changeRole(Actor.OPERATOR, role);
        user.persist();
        return new Viewer(user.id, user.name, user.image, user.role());
    }
}
