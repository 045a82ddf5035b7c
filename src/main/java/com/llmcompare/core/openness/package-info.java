/** The openness audit, the openness level and score derived from it, and the articles' trade-offs and claims. */
@NamedInterface("openness")
package com.llmcompare.core.openness;

import org.springframework.modulith.NamedInterface;
