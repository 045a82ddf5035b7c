/** Sources every value cites, and the community catalogues credited for imported entries. */
@NamedInterface("source")
package com.llmcompare.core.source;

import org.springframework.modulith.NamedInterface;
