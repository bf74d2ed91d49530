package dev.plume.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A {@link UuidEntity} with the database's {@code created_at} and {@code updated_at}: the
 * column default and the migrations' triggers set them. A write does not read them back (that
 * would be a statement more per write): answers are read afterwards through the reads, as
 * every answer is.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends UuidEntity {

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
