/** The models, their vendors, licences and sourced claims, and each model's lifecycle. */
@NamedInterface("model")
package com.llmcompare.core.model;

import org.springframework.modulith.NamedInterface;
