/**
 * Benchmark pages and their API.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web", "models" })
package com.llmcompare.benchmarks;

import org.springframework.modulith.ApplicationModule;
