/** Offers and their prices, and the one rule of which offer is current on a day. */
@NamedInterface("price")
package com.llmcompare.core.price;

import org.springframework.modulith.NamedInterface;
