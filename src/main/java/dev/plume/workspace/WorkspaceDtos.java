package dev.plume.workspace;

import dev.plume.platform.page.CursorPagination;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class WorkspaceDtos {

    private WorkspaceDtos() {
    }

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    // ------------------------------------------------------------------ organizations

    public record CreateOrganizationRequest(
            @Schema(examples = "Acme Robotics") @NotBlank @Size(max = 100) String name,
            @Schema(nullable = true, examples = "acme-robotics", description = "Lowercase letters, digits and single dashes; made from the name when absent")
            @Size(min = 2, max = 60) @Pattern(regexp = SLUG) String slug) {
    }

    /** Absent (null) fields stay as they are. */
    public record UpdateOrganizationRequest(
            @Schema(nullable = true) @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Schema(nullable = true, description = "OWNER only; refused with 409 when the organization has more members or projects than the plan allows") Plan plan) {
    }

    public record OrganizationSummary(UUID id, String slug, String name, Plan plan,
                                      @Schema(description = "The caller's role in it") OrgRole role) {
    }

    public record OrganizationList(List<OrganizationSummary> organizations) {
    }

    public record TaskCounts(long todo, long inProgress, long review, long done) {
    }

    public record Usage(long members, long projects, TaskCounts tasks) {
    }

    public record Limits(@Schema(nullable = true, description = "null: no limit") Integer members,
                         @Schema(nullable = true, description = "null: no limit") Integer projects) {
    }

    public record OrganizationView(UUID id, String slug, String name, Plan plan,
                                   @Schema(description = "The caller's role in it") OrgRole role,
                                   Usage usage, Limits limits, Instant createdAt) {
    }

    public record OrganizationEnvelope(OrganizationView organization) {
    }

    // ------------------------------------------------------------------ members and invitations

    public record MemberView(UUID userId, @Schema(nullable = true) String name, String email,
                             @Schema(nullable = true) String image, OrgRole role, Instant joinedAt) {
    }

    public record MemberList(List<MemberView> members) {
    }

    public record ChangeMemberRequest(@NotNull OrgRole role) {
    }

    public record InviteRequest(@Schema(examples = "grace@example.com") @NotBlank @Email @Size(max = 254) String email,
                                @Schema(description = "ADMIN, MEMBER or VIEWER (an OWNER is made by changing a member's role)", enumeration = {"ADMIN", "MEMBER", "VIEWER"})
                                @NotNull OrgRole role) {
    }

    public record InvitationView(UUID id, String email, OrgRole role, Instant expiresAt) {
    }

    public record AcceptInvitationRequest(@Schema(description = "The token from the invitation mail") @NotBlank @Size(max = 100) String token) {
    }

    public record Joined(OrganizationSummary organization) {
    }

    // ------------------------------------------------------------------ projects

    public record CreateProjectRequest(@Schema(examples = "Website relaunch") @NotBlank @Size(max = 100) String name,
                                       @Schema(nullable = true) @Size(max = 2000) String description) {
    }

    /** Absent (null) fields stay as they are. */
    public record UpdateProjectRequest(@Schema(nullable = true) @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                                       @Schema(nullable = true) @Size(max = 2000) String description,
                                       @Schema(nullable = true, description = "ARCHIVED: keeps its tasks, takes no new ones") ProjectStatus status) {
    }

    public record ProjectView(UUID id, String name, @Schema(nullable = true) String description, ProjectStatus status,
                              long taskCount, Instant createdAt, Instant updatedAt) {
    }

    public record ProjectEnvelope(ProjectView project) {
    }

    public record ProjectPage(List<ProjectView> projects, CursorPagination pagination) {
    }

    // ------------------------------------------------------------------ tasks

    public record CreateTaskRequest(
            @Schema(examples = "Write the launch post") @NotBlank @Size(max = 200) String title,
            @Schema(nullable = true) @Size(max = 10_000) String description,
            @Schema(nullable = true, description = "TODO when absent") TaskStatus status,
            @Schema(nullable = true, description = "MEDIUM when absent") TaskPriority priority,
            @Schema(nullable = true, description = "A member of the organization") UUID assigneeId,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true, examples = "2.50") @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal estimatedHours,
            @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal actualHours,
            @Schema(nullable = true) @Size(max = 20) List<@NotBlank @Size(max = 50) String> labels,
            @Schema(nullable = true, description = "Text values by key, filterable (metadataKey, metadataValue)")
            @Size(max = 50) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 500) String> metadata) {
    }

    /** Absent (null) fields stay as they are; {@code unassign: true} removes the assignee. */
    public record UpdateTaskRequest(
            @Schema(nullable = true) @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @Schema(nullable = true) @Size(max = 10_000) String description,
            @Schema(nullable = true) TaskStatus status,
            @Schema(nullable = true) TaskPriority priority,
            @Schema(nullable = true, description = "A member of the organization") UUID assigneeId,
            @Schema(nullable = true) Boolean unassign,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal estimatedHours,
            @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal actualHours,
            @Schema(nullable = true) @Size(max = 20) List<@NotBlank @Size(max = 50) String> labels,
            @Schema(nullable = true) @Size(max = 50) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 500) String> metadata) {
    }

    public record Assignee(UUID id, @Schema(nullable = true) String name) {
    }

    public record TaskView(UUID id, UUID projectId, String title, @Schema(nullable = true) String description,
                           TaskStatus status, TaskPriority priority, @Schema(nullable = true) Assignee assignee,
                           @Schema(nullable = true) LocalDate dueDate,
                           @Schema(nullable = true) BigDecimal estimatedHours, @Schema(nullable = true) BigDecimal actualHours,
                           List<String> labels, Map<String, String> metadata, Instant createdAt, Instant updatedAt) {
    }

    public record TaskEnvelope(TaskView task) {
    }

    public record TaskPage(List<TaskView> tasks, CursorPagination pagination) {
    }

    public record MyTask(TaskView task, @Schema(description = "The task's organization") String organizationSlug,
                         String projectName) {
    }

    public record MyTaskPage(List<MyTask> tasks, CursorPagination pagination) {
    }

    public record BoardColumn(TaskStatus status, @Schema(description = "All the column's tasks") long count,
                              @Schema(description = "The column's first tasks, most urgent first (at most 50)") List<TaskView> tasks) {
    }

    public record Board(UUID projectId, List<BoardColumn> columns) {
    }
}
