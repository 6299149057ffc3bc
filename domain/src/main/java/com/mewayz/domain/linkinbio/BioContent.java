package com.mewayz.domain.linkinbio;

import java.util.List;
import java.util.Optional;

/**
 * What a page shows: its heading, language, theme, social profiles and its ordered blocks (links,
 * product cards, booking cards). {@code language} is a BCP 47 tag for the page's {@code lang}.
 */
public record BioContent(
    String title,
    String description,
    String avatarUrl,
    String language,
    BioTheme theme,
    List<BioSocial> socials,
    List<BioBlock> blocks) {

  public Optional<BioBlock> block(String blockId) {
    return blocks.stream().filter(b -> b.id().equals(blockId)).findFirst();
  }
}
