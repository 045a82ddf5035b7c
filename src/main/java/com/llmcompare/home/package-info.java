/**
 * The home page and its ready comparisons.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web", "models" })
package com.llmcompare.home;

import org.springframework.modulith.ApplicationModule;
