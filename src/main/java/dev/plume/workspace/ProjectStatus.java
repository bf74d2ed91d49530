package dev.plume.workspace;

public enum ProjectStatus {
    ACTIVE, ARCHIVED
}
