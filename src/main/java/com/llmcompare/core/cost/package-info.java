/** Hosting profiles of open models, the GPUs, architectures and measured throughput they are sized from, and the articles' cost claims: the data the calculator reads. */
@NamedInterface("cost")
package com.llmcompare.core.cost;

import org.springframework.modulith.NamedInterface;
