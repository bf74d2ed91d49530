package dev.plume.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.Instant;

/**
 * A {@link UuidEntity} with the database's {@code created_at} and {@code updated_at}: the
 * column default and the migrations' triggers set them, and each write reads them back.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends UuidEntity {

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}
