package dev.plume.content;

import dev.plume.content.CategoryDtos.CategoryView;
import dev.plume.content.CategoryDtos.PatchCategoryRequest;
import dev.plume.content.CategoryDtos.PutCategoryRequest;
import dev.plume.platform.error.Problems;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Creating, changing and deleting categories; names and slugs stay unique. */
@ApplicationScoped
@Transactional
public class CategoryWrites {

    private final CategoryReads reads;
    private final ContentInvalidation invalidation;

    CategoryWrites(CategoryReads reads, ContentInvalidation invalidation) {
        this.reads = reads;
        this.invalidation = invalidation;
    }

    public record Put(CategoryView category, boolean created) {
    }

    /** Creates the category with this slug, or replaces its name and description. */
    public Put put(String slug, PutCategoryRequest request) {
        if (!slug.equals(Slugs.of(slug))) {
            throw Problems.invalid("path", "slug", "must be lowercase letters and digits joined by single hyphens");
        }
        Category category = Category.findBySlug(slug).orElse(null);
        boolean created = category == null;
        if (created) {
            category = new Category();
            category.slug = slug;
        }
        rename(category, request.name());
        category.description = request.description();
        category.persistAndFlush();
        invalidation.categories();
        return new Put(view(slug), created);
    }

    public CategoryView patch(String slug, PatchCategoryRequest request) {
        Category category = Category.findBySlug(slug).orElseThrow(() -> Problems.notFound("Category not found"));
        if (request.name() != null) {
            rename(category, request.name());
        }
        if (request.slug() != null && !request.slug().equals(category.slug)) {
            if (Category.findBySlug(request.slug()).isPresent()) {
                throw Problems.conflict("slug", "another category has this slug");
            }
            category.slug = request.slug();
        }
        if (request.description() != null) {
            category.description = request.description();
        }
        category.flush();
        invalidation.categories();
        return view(category.slug);
    }

    public void delete(String slug) {
        if (Category.delete("slug", slug) == 0) {
            throw Problems.notFound("Category not found");
        }
        invalidation.categories();
    }

    private static void rename(Category category, String name) {
        if (Category.nameTakenByOther(name.strip(), category.id)) {
            throw Problems.conflict("name", "another category has this name");
        }
        category.name = name.strip();
    }

    private CategoryView view(String slug) {
        return reads.bySlug(slug).orElseThrow(() -> new IllegalStateException("The category just written is gone: " + slug));
    }
}
