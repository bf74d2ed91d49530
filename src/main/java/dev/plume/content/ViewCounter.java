package dev.plume.content;

import dev.plume.platform.database.Sql;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Write-behind view counting: views are added up in memory and written as one UPDATE per
 * post per flush, on a schedule and when the service shuts down. Views of posts that are not
 * visible when the flush runs are dropped by the UPDATE's condition.
 */
@ApplicationScoped
public class ViewCounter {

    private static final String ADD_VIEWS = """
            update posts set views = views + :views
            where id = :id and exists (select 1 from visible_posts v where v.id = posts.id)""";

    private final ConcurrentHashMap<UUID, Long> pending = new ConcurrentHashMap<>();

    public void count(UUID postId) {
        pending.merge(postId, 1L, Long::sum);
    }

    /** Writes the views counted so far; a view counted during the flush waits for the next one. */
    @Scheduled(every = "${plume.views.flush-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void flush() {
        for (UUID postId : List.copyOf(pending.keySet())) {
            Long views = pending.remove(postId);
            if (views != null) {
                Sql.of(ADD_VIEWS).bind("views", views).bind("id", postId).update();
            }
        }
    }

    @Transactional
    void flushOnShutdown(@Observes ShutdownEvent event) {
        flush();
    }
}
