package com.mewayz.domain.linkinbio;

/** A social profile shown in the page's header row. */
public record BioSocial(BioSocialPlatform platform, String url) {}
