package dev.plume.workspace;

/** A task's column on the board, in the board's order. */
public enum TaskStatus {
    TODO, IN_PROGRESS, REVIEW, DONE
}
