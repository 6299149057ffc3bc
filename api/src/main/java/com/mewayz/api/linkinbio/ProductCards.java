package com.mewayz.api.linkinbio;

import com.mewayz.api.linkinbio.BioRenderer.ProductCard;
import com.mewayz.domain.commerce.Product;
import com.mewayz.domain.commerce.ProductRepository;
import com.mewayz.domain.linkinbio.BioBlock;
import com.mewayz.domain.linkinbio.BioBlockType;
import com.mewayz.domain.linkinbio.BioContent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the store's products a page's cards name, with prices formatted in the page's language. */
@Component
class ProductCards {
  private final ProductRepository products;

  ProductCards(ProductRepository products) {
    this.products = products;
  }

  /** Cards by product id; products no longer in the workspace's store are left out. */
  Map<String, ProductCard> of(String workspaceId, BioContent content) {
    List<String> ids =
        content.blocks().stream()
            .filter(b -> b.type() == BioBlockType.PRODUCT)
            .map(BioBlock::productId)
            .distinct()
            .toList();
    Map<String, ProductCard> cards = new HashMap<>();
    if (ids.isEmpty()) {
      return cards;
    }
    Locale locale = Locale.forLanguageTag(content.language());
    for (Product p : products.findAllById(ids)) {
      if (p.workspaceId().equals(workspaceId)) {
        cards.put(p.id(), new ProductCard(p.name(), price(p, locale), p.imageUrl()));
      }
    }
    return cards;
  }

  boolean exists(String workspaceId, String productId) {
    return products.findByIdAndWorkspaceId(productId, workspaceId).isPresent();
  }

  private static String price(Product p, Locale locale) {
    Currency currency = Currency.getInstance(p.currency());
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(BigDecimal.valueOf(p.priceMinor(), digits));
  }
}
