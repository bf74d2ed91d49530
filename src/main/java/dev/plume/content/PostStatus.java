package dev.plume.content;

public enum PostStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
