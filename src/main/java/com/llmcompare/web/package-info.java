/**
 * Web infrastructure every page shares: the layout, errors, HTTP caching, security headers, number formats, citations and "did you mean". It imports no feature.
 */
@ApplicationModule(allowedDependencies = { "core :: *" })
package com.llmcompare.web;

import org.springframework.modulith.ApplicationModule;
