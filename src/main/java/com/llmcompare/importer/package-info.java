/**
 * The catalogue importer: reads community catalogue snapshots, merges them into the data files, validated with the loader's own checks.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "data" })
package com.llmcompare.importer;

import org.springframework.modulith.ApplicationModule;
