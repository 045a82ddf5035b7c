/** The data set held in memory as it was loaded: every page and answer computes from it, not from queries. */
@NamedInterface("snapshot")
package com.llmcompare.core.snapshot;

import org.springframework.modulith.NamedInterface;
