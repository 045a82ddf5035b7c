/**
 * The sources page: every source with the facts that cite it.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web" })
package com.llmcompare.sources;

import org.springframework.modulith.ApplicationModule;
