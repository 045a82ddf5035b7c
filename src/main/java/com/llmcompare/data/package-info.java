/**
 * Loads the data files of {@code data/} into the database at start-up, after validating every file and the references between them.
 */
@ApplicationModule(allowedDependencies = { "core :: *" })
package com.llmcompare.data;

import org.springframework.modulith.ApplicationModule;
