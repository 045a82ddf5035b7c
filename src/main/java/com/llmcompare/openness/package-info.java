/**
 * The open-vs-closed guide ({@code /open-vs-closed}): every model's openness level with its reason, the
 * articles' trade-off table checked against the models, their claims checked, and the decision helper,
 * whose weighted ranking ({@link com.llmcompare.openness.DecisionRanking}) is plain Java tested without
 * Spring. The audit, level and score themselves are core rules ({@code core.openness}). It prices a
 * workload with the calculator's arithmetic, the one edge between two features besides those to
 * {@code models}.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web", "cost" })
package com.llmcompare.openness;

import org.springframework.modulith.ApplicationModule;
