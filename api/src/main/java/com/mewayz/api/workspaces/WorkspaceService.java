package com.mewayz.api.workspaces;

import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceViews.MemberView;
import com.mewayz.api.workspaces.WorkspaceViews.WorkspaceView;
import com.mewayz.domain.users.User;
import com.mewayz.domain.users.UserRepository;
import com.mewayz.domain.workspaces.Membership;
import com.mewayz.domain.workspaces.MembershipRepository;
import com.mewayz.domain.workspaces.Workspace;
import com.mewayz.domain.workspaces.WorkspaceRepository;
import com.mewayz.domain.workspaces.WorkspaceRole;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/** Workspaces and their members. Authorization is done before: see WorkspaceAccessInterceptor. */
@Service
class WorkspaceService {
  private final WorkspaceRepository workspaces;
  private final MembershipRepository memberships;
  private final UserRepository users;
  private final InvitationService invitations;
  private final Clock clock;

  WorkspaceService(
      WorkspaceRepository workspaces,
      MembershipRepository memberships,
      UserRepository users,
      InvitationService invitations,
      Clock clock) {
    this.workspaces = workspaces;
    this.memberships = memberships;
    this.users = users;
    this.invitations = invitations;
    this.clock = clock;
  }

  WorkspaceView create(String userId, String name) {
    Instant now = clock.instant();
    Workspace workspace =
        workspaces.insert(
            new Workspace(
                new ObjectId().toHexString(), name.trim(), slugFor(name), userId, now, now));
    memberships.insert(Membership.of(workspace.id(), userId, WorkspaceRole.OWNER, now));
    return WorkspaceView.of(workspace, WorkspaceRole.OWNER);
  }

  PageResponse<WorkspaceView> listFor(String userId, PageRequestParams page) {
    Map<String, WorkspaceRole> roles =
        memberships.findByUserId(userId).stream()
            .collect(Collectors.toMap(Membership::workspaceId, Membership::role));
    List<Workspace> sorted =
        workspaces.findByIdIn(roles.keySet()).stream()
            .sorted(Comparator.comparing((Workspace w) -> w.name().toLowerCase(Locale.ROOT)))
            .toList();
    return PageResponse.of(sorted, page, w -> WorkspaceView.of(w, roles.get(w.id())));
  }

  WorkspaceView get(WorkspaceAccess access) {
    return WorkspaceView.of(load(access.workspaceId()), access.role());
  }

  WorkspaceView rename(WorkspaceAccess access, String name) {
    Workspace renamed =
        workspaces.save(load(access.workspaceId()).renamed(name.trim(), clock.instant()));
    return WorkspaceView.of(renamed, access.role());
  }

  void delete(WorkspaceAccess access) {
    invitations.revokeAllPending(access.workspaceId());
    memberships.deleteByWorkspaceId(access.workspaceId());
    workspaces.deleteById(access.workspaceId());
  }

  PageResponse<MemberView> members(WorkspaceAccess access, PageRequestParams page) {
    List<Membership> all = memberships.findByWorkspaceIdOrderByJoinedAtAsc(access.workspaceId());
    Map<String, User> byId =
        users.findByIdIn(all.stream().map(Membership::userId).toList()).stream()
            .collect(Collectors.toMap(User::id, Function.identity()));
    return PageResponse.of(all, page, m -> MemberView.of(m, byId.get(m.userId())));
  }

  MemberView changeRole(WorkspaceAccess access, String userId, WorkspaceRole role) {
    Membership member = member(access, userId);
    guardChange(access, member, role);
    Membership changed = memberships.save(member.withRole(role));
    return MemberView.of(changed, users.findById(userId).orElse(null));
  }

  void remove(WorkspaceAccess access, String userId) {
    Membership member = member(access, userId);
    guardChange(access, member, null);
    memberships.delete(member);
  }

  // Owners are never demoted or removed here, nobody becomes owner by a role change, and only an
  // owner may touch an admin or make one.
  private static void guardChange(WorkspaceAccess access, Membership member, WorkspaceRole role) {
    if (member.role() == WorkspaceRole.OWNER) {
      throw ApiException.conflict("The workspace owner cannot be changed or removed");
    }
    if (role == WorkspaceRole.OWNER) {
      throw ApiException.invalid("role", "OWNER cannot be granted; there is one owner");
    }
    boolean touchesAdmin = member.role() == WorkspaceRole.ADMIN || role == WorkspaceRole.ADMIN;
    if (touchesAdmin && access.role() != WorkspaceRole.OWNER) {
      throw ApiException.forbidden("Only the owner can grant, change or remove the ADMIN role");
    }
  }

  private Membership member(WorkspaceAccess access, String userId) {
    return memberships
        .findById(Membership.idOf(access.workspaceId(), userId))
        .orElseThrow(() -> ApiException.notFound("Member"));
  }

  private Workspace load(String workspaceId) {
    return workspaces.findById(workspaceId).orElseThrow(() -> ApiException.notFound("Workspace"));
  }

  private String slugFor(String name) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    base = base.isEmpty() ? "workspace" : base.substring(0, Math.min(base.length(), 40));
    String slug = base;
    while (workspaces.existsBySlug(slug)) {
      slug = base + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(46656, 1679616), 36);
    }
    return slug;
  }
}
