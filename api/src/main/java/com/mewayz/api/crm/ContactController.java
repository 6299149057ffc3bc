package com.mewayz.api.crm;

import com.mewayz.api.crm.CrmViews.ConsentRequest;
import com.mewayz.api.crm.CrmViews.ContactRequest;
import com.mewayz.api.crm.CrmViews.ContactView;
import com.mewayz.api.crm.CrmViews.TagsRequest;
import com.mewayz.api.web.ApiResponse;
import com.mewayz.api.web.PageRequestParams;
import com.mewayz.api.web.PageResponse;
import com.mewayz.api.workspaces.WorkspaceAccess;
import com.mewayz.api.workspaces.WorkspaceScoped;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's contacts: search, edit, consent with its history, tags. */
@RestController
@WorkspaceScoped
@RequestMapping("/api/crm/contacts")
class ContactController {
  private final ContactService contacts;

  ContactController(ContactService contacts) {
    this.contacts = contacts;
  }

  /** Newest first; {@code q} searches email and names, the others narrow. */
  @GetMapping
  ApiResponse<PageResponse<ContactView>> list(
      WorkspaceAccess access,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String consent,
      @RequestParam(required = false) String segmentId,
      @Valid PageRequestParams page) {
    return ApiResponse.ok(contacts.list(access, q, tag, consent, segmentId, page));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApiResponse<ContactView> create(WorkspaceAccess access, @Valid @RequestBody ContactRequest body) {
    return ApiResponse.ok(contacts.create(access, body), "Contact created");
  }

  @GetMapping("/{contactId}")
  ApiResponse<ContactView> get(WorkspaceAccess access, @PathVariable String contactId) {
    return ApiResponse.ok(contacts.get(access, contactId));
  }

  @PutMapping("/{contactId}")
  ApiResponse<ContactView> update(
      WorkspaceAccess access,
      @PathVariable String contactId,
      @Valid @RequestBody ContactRequest body) {
    return ApiResponse.ok(contacts.update(access, contactId, body), "Contact saved");
  }

  @DeleteMapping("/{contactId}")
  ApiResponse<Void> delete(WorkspaceAccess access, @PathVariable String contactId) {
    contacts.delete(access, contactId);
    return ApiResponse.ok(null, "Contact deleted");
  }

  @PostMapping("/{contactId}/consent")
  ApiResponse<ContactView> consent(
      WorkspaceAccess access,
      @PathVariable String contactId,
      @Valid @RequestBody ConsentRequest body) {
    return ApiResponse.ok(contacts.changeConsent(access, contactId, body), "Consent recorded");
  }

  @PostMapping("/{contactId}/tags")
  ApiResponse<ContactView> tags(
      WorkspaceAccess access,
      @PathVariable String contactId,
      @Valid @RequestBody TagsRequest body) {
    return ApiResponse.ok(contacts.tag(access, contactId, body), "Tags saved");
  }
}
