/**
 * The catalogue ({@code /models}, {@code /api/models}) and each model's page.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web" })
package com.llmcompare.models;

import org.springframework.modulith.ApplicationModule;
