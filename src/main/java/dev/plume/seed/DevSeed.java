package dev.plume.seed;

import dev.plume.content.Category;
import dev.plume.content.Comment;
import dev.plume.content.Like;
import dev.plume.content.Post;
import dev.plume.content.PostStatus;
import dev.plume.content.Tag;
import dev.plume.identity.Passwords;
import dev.plume.identity.Role;
import dev.plume.identity.User;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import net.datafaker.Faker;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The development data of the seed script: an admin, ten users, four categories, five tags,
 * fifty posts with tags, comments and likes. Idempotent: a database that has the admin is
 * left as it is. Every seeded user's password is {@value #PASSWORD}.
 */
@ApplicationScoped
public class DevSeed {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String PASSWORD = "password123";
    private static final Logger LOG = Logger.getLogger(DevSeed.class);

    /** Seeds an empty database; answers false when it was seeded already. */
    @Transactional
    public boolean run() {
        if (User.findActiveByEmail(ADMIN_EMAIL).isPresent()) {
            return false;
        }
        Faker faker = new Faker(new Random(42));
        Random random = new Random(42);
        String hash = Passwords.hash(PASSWORD);

        List<User> users = new ArrayList<>();
        users.add(user(ADMIN_EMAIL, "Admin", Role.ADMIN, hash));
        for (int i = 1; i <= 10; i++) {
            users.add(user("user" + i + "@example.com", faker.name().fullName(), i <= 2 ? Role.MODERATOR : Role.USER, hash));
        }
        List<Category> categories = new ArrayList<>();
        for (String name : List.of("Technology", "Design", "Business", "Lifestyle")) {
            Category category = new Category();
            category.name = name;
            category.slug = Slugs.of(name);
            category.description = "Posts about " + name.toLowerCase() + ".";
            category.persist();
            categories.add(category);
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : List.of("Java", "PostgreSQL", "Quarkus", "Performance", "Tutorial")) {
            Tag tag = new Tag();
            tag.name = name;
            tag.slug = Slugs.of(name);
            tag.persist();
            tags.add(tag);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Post post = new Post();
            post.authorId = users.get(random.nextInt(users.size())).id;
            post.title = faker.book().title() + " " + faker.hacker().noun();
            String slug = Slugs.of(post.title);
            post.slug = slugs.add(slug) ? slug : slug + "-" + (i + 1);
            slugs.add(post.slug);
            post.content = String.join("\n\n", faker.lorem().paragraphs(3 + random.nextInt(4)));
            post.excerpt = post.content.substring(0, Math.min(160, post.content.length()));
            post.categoryId = categories.get(random.nextInt(categories.size())).id;
            post.tags = new HashSet<>(List.of(tags.get(random.nextInt(tags.size())), tags.get(random.nextInt(tags.size()))));
            if (i % 5 != 0) {
                post.status = PostStatus.PUBLISHED;
                post.publishedAt = now.minus(50 - i, ChronoUnit.DAYS);
            }
            post.persist();
            seedDiscussion(post, users, faker, random);
        }
        LOG.infof("Seeded %d users (password %s), 4 categories, 5 tags, 50 posts; admin: %s",
                users.size(), PASSWORD, ADMIN_EMAIL);
        return true;
    }

    private static void seedDiscussion(Post post, List<User> users, Faker faker, Random random) {
        List<UUID> commentIds = new ArrayList<>();
        for (int c = random.nextInt(5); c > 0; c--) {
            UUID parentId = !commentIds.isEmpty() && random.nextBoolean() ? commentIds.getFirst() : null;
            Comment comment = Comment.write(post.id, parentId, users.get(random.nextInt(users.size())).id,
                    faker.lorem().sentence(8 + random.nextInt(12)));
            commentIds.add(comment.id);
        }
        Set<UUID> likers = new HashSet<>();
        for (int l = random.nextInt(8); l > 0; l--) {
            UUID userId = users.get(random.nextInt(users.size())).id;
            if (likers.add(userId)) {
                Like like = new Like();
                like.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
                like.userId = userId;
                like.postId = post.id;
                like.persist();
            }
        }
    }

    private static User user(String email, String name, Role role, String passwordHash) {
        User user = new User();
        user.email = email;
        user.name = name;
        user.role = role;
        user.passwordHash = passwordHash;
        user.emailVerified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        user.persist();
        return user;
    }
}
