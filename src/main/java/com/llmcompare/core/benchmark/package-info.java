/** Benchmarks and the scores reported on them. */
@NamedInterface("benchmark")
package com.llmcompare.core.benchmark;

import org.springframework.modulith.NamedInterface;
