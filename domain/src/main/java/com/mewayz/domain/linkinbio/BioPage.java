package com.mewayz.domain.linkinbio;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link-in-bio page of a workspace, public at {@code /u/{slug}} once published. The owner edits
 * {@code draft}; publishing copies it to {@code published} and bumps {@code publishedVersion}, so
 * visitors never see a half-edited page. The slug is unique across the platform (unique index),
 * whichever workspace holds it.
 */
@Document("bio_sites")
@CompoundIndex(name = "by_workspace", def = "{'workspaceId': 1, 'createdAt': -1}")
public record BioPage(
    @Id String id,
    String workspaceId,
    @Indexed(unique = true) String slug,
    BioContent draft,
    BioContent published,
    int publishedVersion,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {

  public static BioPage draft(
      String id, String workspaceId, String slug, BioContent content, Instant now) {
    return new BioPage(id, workspaceId, slug, content, null, 0, null, now, now, null);
  }

  public boolean isPublished() {
    return published != null;
  }

  /** True when the draft holds edits visitors do not see yet. */
  public boolean hasUnpublishedChanges() {
    return !draft.equals(published);
  }

  public BioPage withDraft(String newSlug, BioContent content, Instant now) {
    return new BioPage(
        id,
        workspaceId,
        newSlug,
        content,
        published,
        publishedVersion,
        publishedAt,
        createdAt,
        now,
        version);
  }

  public BioPage publish(Instant now) {
    return new BioPage(
        id, workspaceId, slug, draft, draft, publishedVersion + 1, now, createdAt, now, version);
  }

  public BioPage unpublish(Instant now) {
    return new BioPage(
        id, workspaceId, slug, draft, null, publishedVersion, null, createdAt, now, version);
  }
}
