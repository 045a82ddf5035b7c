/**
 * The monthly cost calculator. Its arithmetic is kept in plain classes free of Spring, so that it can
 * be read and unit-tested on its own: what a workload costs at an API price ({@link
 * com.llmcompare.cost.ApiCostCalculator}, with the cached-input share and the tokenizer multiplier
 * applied), how many GPUs an open model needs and what they cost always-on or on demand ({@link
 * com.llmcompare.cost.GpuSizing}, {@link com.llmcompare.cost.SelfHostingCost}), the monthly token
 * volume at which always-on self-hosting breaks even with an API ({@link com.llmcompare.cost.BreakEven})
 * and the chart's geometry ({@link com.llmcompare.cost.CostChart}). All money is
 * {@link java.math.BigDecimal} in USD and is never rounded there except by
 * {@link com.llmcompare.cost.Money}, which is for display only; value types reject bad numbers with an
 * {@link java.lang.IllegalArgumentException} that names the request field.
 * <p>
 * Around them: {@link com.llmcompare.cost.CostForm} reads the request parameters against
 * {@link com.llmcompare.cost.CostField} (a message per bad field), {@link com.llmcompare.cost.CostCalculator}
 * reads the data set (prices, the {@link com.llmcompare.core.cost.HostingDefaults hosting profiles} and the
 * articles' {@link com.llmcompare.core.cost.CostClaim cost claims}) and assembles a
 * {@link com.llmcompare.cost.CostReport}, which the page, {@code /cost.csv} and {@code /api/cost} show.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web" })
package com.llmcompare.cost;

import org.springframework.modulith.ApplicationModule;
