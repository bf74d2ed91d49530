package dev.plume.workspace;

public enum TaskPriority {
    LOW, MEDIUM, HIGH, URGENT
}
