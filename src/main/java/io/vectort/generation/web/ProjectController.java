package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.project.Projects;
import io.vectort.generation.web.ProjectViews.CreateProject;
import io.vectort.generation.web.ProjectViews.ProjectPage;
import io.vectort.generation.web.ProjectViews.ProjectView;
import io.vectort.generation.web.ProjectViews.UpdateProject;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Builder")
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final Projects projects;

    ProjectController(Projects projects) {
        this.projects = projects;
    }

    @Operation(summary = "My projects, most recently active first")
    @OrgAccess(Role.VIEWER)
    @GetMapping
    ProjectPage list(
            Membership member,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Projects.Page result = projects.list(member.orgId(), page, size);
        return new ProjectPage(
                result.items().stream().map(ProjectView::from).toList(),
                result.page(),
                result.size(),
                result.totalItems());
    }

    @Operation(summary = "Create a project")
    @OrgAccess(Role.MEMBER)
    @PostMapping
    ResponseEntity<ProjectView> create(Membership member, @RequestBody CreateProject body) {
        if (body.name() == null) {
            throw new InvalidRequestException("name", "required", "must not be empty");
        }
        ProjectView created = ProjectView.from(
                projects.create(member.orgId(), member.userId(), body.name(), Optional.ofNullable(body.description())));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One project")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/{id}")
    ProjectView get(Membership member, @PathVariable UUID id) {
        return ProjectView.from(projects.get(member.orgId(), id));
    }

    @Operation(summary = "Rename a project or change its description")
    @OrgAccess(Role.MEMBER)
    @PatchMapping("/{id}")
    ProjectView update(Membership member, @PathVariable UUID id, @RequestBody UpdateProject body) {
        return ProjectView.from(projects.update(
                member.orgId(), id, Optional.ofNullable(body.name()), Optional.ofNullable(body.description())));
    }

    @Operation(summary = "Delete a project with all its versions and generations")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Membership member, @PathVariable UUID id) {
        projects.delete(member, id);
        return ResponseEntity.noContent().build();
    }
}
