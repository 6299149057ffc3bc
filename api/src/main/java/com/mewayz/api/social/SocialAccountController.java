package com.mewayz.api.social;

import com.mewayz.api.social.SocialViews.AccountRequest;
import com.mewayz.api.social.SocialViews.AccountView;
import com.mewayz.api.social.SocialViews.TokenRequest;
import com.mewayz.api.web.ApiException;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.workspaces.RequiresRole;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import com.mewayz.domain.social.SocialAccount;
import com.mewayz.domain.social.SocialAccountStore;
import com.mewayz.domain.social.SocialPostRepository;
import com.mewayz.domain.workspaces.WorkspaceRole;
import com.mewayz.workflows.social.SocialPlatform;
import com.mewayz.workflows.social.SocialPostStatus;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network accounts of the workspace named by the X-Workspace-Id header. A token is pasted in
 * (an OAuth connect flow is to come), stored encrypted and never shown again: answers say only
 * whether the account is connected and the token's last 4 characters.
 */
@RestController
@WorkspaceScoped
@RequestMapping("/api/social/accounts")
class SocialAccountController {
  private final SocialAccountStore accounts;
  private final SocialPostRepository posts;

  SocialAccountController(SocialAccountStore accounts, SocialPostRepository posts) {
    this.accounts = accounts;
    this.posts = posts;
  }

  @GetMapping
  ApiResponse<List<AccountView>> list(WorkspaceAccess access) {
    return ApiResponse.ok(
        accounts.list(access.workspaceId()).stream().map(AccountView::of).toList());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<AccountView> add(WorkspaceAccess access, @Valid @RequestBody AccountRequest body) {
    if (body.platform() == SocialPlatform.LINKEDIN && body.authorUrn() == null) {
      throw ApiException.invalid("authorUrn", "is needed for LinkedIn: who the posts are made as");
    }
    if (body.platform() == SocialPlatform.X && body.handle() == null) {
      throw ApiException.invalid("handle", "is needed for X: it makes the posts' addresses");
    }
    SocialAccount account =
        accounts.create(
            access.workspaceId(),
            body.platform(),
            body.displayName().strip(),
            body.handle() == null ? null : body.handle().replaceFirst("^@", ""),
            body.platform() == SocialPlatform.LINKEDIN ? body.authorUrn() : null,
            blankToNull(body.accessToken()));
    return ApiResponse.ok(
        AccountView.of(account),
        account.tokenSealed() == null ? "Account added, not connected" : "Account connected");
  }

  @PutMapping("/{accountId}/token")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<AccountView> connect(
      WorkspaceAccess access,
      @PathVariable String accountId,
      @Valid @RequestBody TokenRequest body) {
    SocialAccount account = load(access, accountId);
    return ApiResponse.ok(
        AccountView.of(accounts.connect(account, body.accessToken().strip())), "Account connected");
  }

  @DeleteMapping("/{accountId}/token")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<AccountView> disconnect(WorkspaceAccess access, @PathVariable String accountId) {
    return ApiResponse.ok(
        AccountView.of(accounts.disconnect(load(access, accountId))), "Account disconnected");
  }

  @DeleteMapping("/{accountId}")
  @RequiresRole(WorkspaceRole.ADMIN)
  ApiResponse<AccountView> remove(WorkspaceAccess access, @PathVariable String accountId) {
    SocialAccount account = load(access, accountId);
    if (posts.existsByAccountIdsContainingAndStatus(accountId, SocialPostStatus.SCHEDULED)) {
      throw ApiException.conflict(
          "Posts are scheduled on this account: cancel them or disconnect the account instead");
    }
    accounts.delete(accountId);
    return ApiResponse.ok(AccountView.of(account), "Account removed");
  }

  private SocialAccount load(WorkspaceAccess access, String accountId) {
    return accounts
        .find(access.workspaceId(), accountId)
        .orElseThrow(() -> ApiException.notFound("Account"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
