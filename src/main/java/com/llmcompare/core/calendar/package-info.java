/** The site's one "today", and the data set's partial dates ("2023", "2023-06") read as days. */
@NamedInterface("calendar")
package com.llmcompare.core.calendar;

import org.springframework.modulith.NamedInterface;
