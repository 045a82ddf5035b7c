/** The data set's file format and its version. */
@NamedInterface("dataset")
package com.llmcompare.core.dataset;

import org.springframework.modulith.NamedInterface;
