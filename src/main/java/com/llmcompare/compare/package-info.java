/**
 * Side-by-side comparison, its share links, CSV, share card and API.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web", "models", "benchmarks" })
package com.llmcompare.compare;

import org.springframework.modulith.ApplicationModule;
