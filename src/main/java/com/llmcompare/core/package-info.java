/**
 * The core: the data set's entities and repositories and the rules every feature shares (which offer is current, a model's lifecycle, the openness level and score, price dates and staleness). It imports no other module; its sub-packages are its named interfaces.
 */
@ApplicationModule(allowedDependencies = {  })
package com.llmcompare.core;

import org.springframework.modulith.ApplicationModule;
