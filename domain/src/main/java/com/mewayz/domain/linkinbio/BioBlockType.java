package com.mewayz.domain.linkinbio;

public enum BioBlockType {
  LINK,
  PRODUCT,
  BOOKING
}
