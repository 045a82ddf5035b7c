package com.llmcompare.cost;

import com.llmcompare.core.cost.CostClaim;
import com.llmcompare.core.cost.CostClaimRepository;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.cost.HostingDefaultsRepository;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.llmcompare.cost.CostReport.ApiOption;
import com.llmcompare.cost.CostReport.BreakEvenRow;
import com.llmcompare.cost.CostReport.ClaimCheck;
import com.llmcompare.cost.CostReport.ClaimSide;
import com.llmcompare.cost.CostReport.NotSelfHosted;
import com.llmcompare.cost.CostReport.Retirement;
import com.llmcompare.cost.CostReport.SelfHosting;
import com.llmcompare.cost.CostReport.Unpriced;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;

/**
 * Works out a {@link CostReport} for a checked {@link CostQuery}: reads the models, prices, hosting
 * profiles and claims of the data set and hands the arithmetic to the plain classes of this package.
 */
@Service
@Transactional(readOnly = true)
public class CostCalculator {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private final LanguageModelRepository models;

    private final PriceRepository prices;

    private final HostingDefaultsRepository hosting;

    private final CostClaimRepository claims;

    private final Clock clock;

    CostCalculator(LanguageModelRepository models, PriceRepository prices, HostingDefaultsRepository hosting,
            CostClaimRepository claims, ObjectProvider<Clock> clock) {
        this.models = models;
        this.prices = prices;
        this.hosting = hosting;
        this.claims = claims;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Every model, by name: what the form offers. */
    public List<LanguageModel> models() {
        return models.findAllByOrderByNameAsc();
    }

    public List<String> slugs() {
        return models().stream().map(LanguageModel::getSlug).toList();
    }

    /** Reads the form's parameters against the data set's models. */
    public CostForm read(Map<String, List<String>> parameters) {
        return CostForm.parse(parameters, slugs());
    }

    /** What each model's per-model fields fall back to, for the form. */
    public List<ModelDefaults> defaults(List<String> slugs) {
        Map<String, LanguageModel> bySlug = models().stream()
            .collect(Collectors.toMap(LanguageModel::getSlug, Function.identity()));
        Map<String, List<Price>> pricesByModel = prices.findByModel_SlugIn(slugs)
            .stream()
            .collect(Collectors.groupingBy(price -> price.getModel().getSlug()));
        Map<String, HostingDefaults> profiles = hosting.findAllById(slugs)
            .stream()
            .collect(Collectors.toMap(HostingDefaults::getModelSlug, Function.identity()));
        return slugs.stream().filter(bySlug::containsKey).map(slug -> {
            LanguageModel model = bySlug.get(slug);
            List<ModelDefaults.Offer> offers = offersToPrice(model, pricesByModel.getOrDefault(slug, List.of()))
                .stream()
                .map(p -> new ModelDefaults.Offer(p.getProvider(), p.getOffer(), p.getInputPerMillion(),
                        p.getOutputPerMillion(), List.copyOf(p.getSourceIds())))
                .toList();
            HostingDefaults profile = profiles.get(slug);
            ModelDefaults.Hosting hosted = profile == null || !model.isWeightsDownloadable() || !model.generatesText()
                    ? null
                    : new ModelDefaults.Hosting(profile.getGpuType(),
                            GpuSizing.of(BigDecimal.valueOf(model.getParameterCount()), profile.getPrecision(),
                                    profile.getGpuMemoryGb().value()).gpusNeeded(),
                            profile.getGpuHourlyUsd(), profile.getTokensPerSecondPerGpu());
            return new ModelDefaults(slug, model.getName(),
                    model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier() : BigDecimal.ONE,
                    model.getTokenizerSourceId(), offers, hosted);
        }).toList();
    }

    /**
     * @throws InvalidCostInput when the data shows a problem the form could not see (a price given for
     *         only one side of a model that has none)
     */
    public CostReport calculate(CostQuery query) {
        try {
            return report(query);
        }
        catch (IllegalArgumentException ex) {
            // The form checks every range first; this keeps any rule it missed a 400, never a 500. The
            // plain classes' messages start with the field's name.
            String message = ex.getMessage() == null ? "models cannot be priced with these values." : ex.getMessage();
            throw new InvalidCostInput(Map.of(message.split(" ", 2)[0], message));
        }
    }

    private CostReport report(CostQuery query) {
        LocalDate today = LocalDate.now(clock);
        Map<String, LanguageModel> bySlug = models().stream()
            .collect(Collectors.toMap(LanguageModel::getSlug, Function.identity()));
        List<LanguageModel> selected = query.models().stream().map(bySlug::get).toList();
        Map<String, List<Price>> pricesByModel = prices.findByModel_SlugIn(query.models())
            .stream()
            .sorted(Comparator.comparing(Price::getValidFrom).reversed().thenComparing(Price::getId))
            .collect(Collectors.groupingBy(price -> price.getModel().getSlug()));
        Workload workload = query.workload();

        Map<String, String> errors = new LinkedHashMap<>();
        List<ApiOption> options = new ArrayList<>();
        List<Unpriced> unpriced = new ArrayList<>();
        for (LanguageModel model : selected) {
            List<Price> modelPrices = pricesByModel.getOrDefault(model.getSlug(), List.of());
            List<Price> offers = offersToPrice(model, modelPrices);
            ModelOverrides overrides = query.overridesFor(model.getSlug());
            if (!offers.isEmpty()) {
                offers.forEach(price -> options.add(option(model, price, query, workload, today, offers)));
            }
            else if (overrides.overridesPrice()) {
                if (overrides.inputPrice() == null || overrides.outputPrice() == null) {
                    CostField missing = overrides.inputPrice() == null ? CostField.INPUT_PRICE : CostField.OUTPUT_PRICE;
                    errors.put(missing.param(model.getSlug()), missing.param(model.getSlug()) + " is needed too: "
                            + model.getName() + " has no sourced per-token price to take it from. Allowed: "
                            + missing.getAllowed() + ".");
                }
                else {
                    options.add(option(model, null, query, workload, today, List.of()));
                }
            }
            else {
                unpriced.add(unpriced(model, modelPrices));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCostInput(errors);
        }
        List<ApiOption> ranked = rank(options);

        Map<String, HostingDefaults> profiles = hosting.findAllById(query.models())
            .stream()
            .collect(Collectors.toMap(HostingDefaults::getModelSlug, Function.identity()));
        List<SelfHosting> selfHosting = new ArrayList<>();
        List<NotSelfHosted> notSelfHosted = new ArrayList<>();
        List<CostChart.Crossing> crossings = new ArrayList<>();
        for (LanguageModel model : selected) {
            HostingDefaults profile = profiles.get(model.getSlug());
            if (!model.isWeightsDownloadable()) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        "closed: its weights cannot be downloaded"));
            }
            else if (!model.generatesText()) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        "an encoder: it does not generate text, so it has no cost per generated token"));
            }
            else if (profile == null) {
                notSelfHosted.add(new NotSelfHosted(model.getSlug(), model.getName(),
                        "no hosting profile in the data set"));
            }
            else {
                selfHosting.add(selfHosting(model, profile, query, workload, ranked, crossings));
            }
        }
        CostChart chart = workload.totalTokens().signum() == 0 || (ranked.isEmpty() && selfHosting.isEmpty()) ? null
                : chart(ranked, selfHosting, crossings, workload);
        return new CostReport(query, workload, ranked, unpriced, selfHosting, notSelfHosted, chart, claims(), today);
    }

    /**
     * The per-token offers to price: the current ones (no end date); for a retired model, the ones in
     * force when it was retired, which are priced only with a warning.
     */
    static List<Price> offersToPrice(LanguageModel model, List<Price> modelPrices) {
        return withoutCatalogueRepeats(chooseOffers(model, modelPrices));
    }

    private static List<Price> chooseOffers(LanguageModel model, List<Price> modelPrices) {
        List<Price> perToken = modelPrices.stream().filter(Price::isPerToken).toList();
        if (!model.isRetired()) {
            return perToken.stream().filter(price -> price.getValidUntil() == null).toList();
        }
        String retiredOn = model.getLifecycleDate();
        List<Price> last = perToken.stream()
            .filter(price -> price.getValidUntil() == null
                    || (retiredOn != null && price.getValidUntil().compareTo(retiredOn) >= 0))
            .toList();
        if (!last.isEmpty()) {
            return last;
        }
        return perToken.stream()
            .max(Comparator.comparing(Price::getValidUntil))
            .map(List::of)
            .orElse(List.of());
    }

    /**
     * A catalogue's copy of an offer already priced at the same provider with the same figures adds
     * a row but no information: the curated price (or, between catalogues, the later one) stands.
     */
    static List<Price> withoutCatalogueRepeats(List<Price> offers) {
        List<Price> preferred = offers.stream()
            .sorted(Comparator.comparing(Price::isFromCatalogue)
                .thenComparing(Comparator.comparing(Price::getValidFrom).reversed()))
            .toList();
        List<Price> kept = new java.util.ArrayList<>();
        for (Price price : preferred) {
            boolean repeat = price.isFromCatalogue() && kept.stream()
                .anyMatch(other -> other.getProvider().equals(price.getProvider())
                        && other.getInputPerMillion().compareTo(price.getInputPerMillion()) == 0
                        && other.getOutputPerMillion().compareTo(price.getOutputPerMillion()) == 0);
            if (!repeat) {
                kept.add(price);
            }
        }
        return offers.stream().filter(kept::contains).toList();
    }

    private ApiOption option(LanguageModel model, Price price, CostQuery query, Workload workload, LocalDate today,
            List<Price> offers) {
        ModelOverrides overrides = query.overridesFor(model.getSlug());
        ApiPrice sourced = price == null ? null
                : new ApiPrice(price.getInputPerMillion(), price.getOutputPerMillion(),
                        price.getCachedInputPerMillion());
        ApiPrice effective = sourced == null ? ApiPrice.of(overrides.inputPrice(), overrides.outputPrice())
                : sourced.withOverrides(overrides.inputPrice(), overrides.outputPrice());
        BigDecimal multiplier = multiplier(model, overrides);
        ApiCost cost = ApiCostCalculator.monthlyCost(workload, effective, multiplier, query.cachedShare());
        BigDecimal perToken = ApiCostCalculator.costPerToken(workload, effective, multiplier, query.cachedShare())
            .orElse(null);
        Integer context = price != null && price.getContextTokens() != null ? price.getContextTokens()
                : model.getContextTokens();
        return new ApiOption(model.getSlug(), model.getName(), price == null ? null : price.getId(),
                price == null ? null : price.getProvider(), price == null ? "entered by you" : price.getOffer(),
                effective, sourced, multiplier, overrides.tokenizerMultiplier() != null, cost, perToken, null,
                retirement(model), price == null ? null : price.getValidFrom(),
                price == null ? null : price.getValidUntil(), price == null ? null : price.getLastChecked(),
                price == null ? null : PriceAge.of(price.getLastChecked(), today),
                price == null ? List.of() : List.copyOf(price.getSourceIds()), context,
                contextWarning(query, multiplier, context), label(model, price, offers));
    }

    /** "Model — provider", with the offer where the provider has several for the model. */
    private static String label(LanguageModel model, Price price, List<Price> offers) {
        if (price == null) {
            return model.getName() + " — your price";
        }
        boolean several = offers.stream().filter(p -> p.getProvider().equals(price.getProvider())).count() > 1;
        return model.getName() + " — " + price.getProvider() + (several ? " (" + price.getOffer() + ")" : "");
    }

    /** Sorted by monthly cost, each with its multiple of the cheapest. */
    private static List<ApiOption> rank(List<ApiOption> options) {
        BigDecimal cheapest = CheapestMultiple.cheapest(options.stream().map(o -> o.cost().monthly()).toList())
            .orElse(null);
        return options.stream()
            .sorted(Comparator.comparing((ApiOption o) -> o.cost().monthly())
                .thenComparing(ApiOption::modelName)
                .thenComparing(o -> o.provider() == null ? "" : o.provider()))
            .map(o -> o.withMultiple(CheapestMultiple.of(o.cost().monthly(), cheapest).orElse(null)))
            .toList();
    }

    private static BigDecimal multiplier(LanguageModel model, ModelOverrides overrides) {
        if (overrides.tokenizerMultiplier() != null) {
            return overrides.tokenizerMultiplier();
        }
        return model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier() : BigDecimal.ONE;
    }

    private static Retirement retirement(LanguageModel model) {
        return model.isRetired() ? new Retirement(model.getLifecycleStatus(), model.getLifecycleDate(),
                model.getLifecycleText(), model.getLifecycleSourceId()) : null;
    }

    /** A request's tokens in the model's own tokenizer, against the offer's context window. */
    private static String contextWarning(CostQuery query, BigDecimal multiplier, Integer contextTokens) {
        if (!query.isPerRequest() || contextTokens == null) {
            return null;
        }
        BigDecimal requestTokens = query.inputTokensPerRequest()
            .add(query.outputTokensPerRequest())
            .multiply(multiplier)
            .setScale(0, RoundingMode.CEILING);
        if (requestTokens.compareTo(BigDecimal.valueOf(contextTokens)) <= 0) {
            return null;
        }
        return "A request of " + grouped(requestTokens) + " tokens"
                + (multiplier.compareTo(BigDecimal.ONE) == 0 ? ""
                        : " (in this model's tokenizer, × " + multiplier.stripTrailingZeros().toPlainString() + ")")
                + " does not fit its " + grouped(BigDecimal.valueOf(contextTokens)) + "-token context window.";
    }

    private static Unpriced unpriced(LanguageModel model, List<Price> modelPrices) {
        List<Price> perCharacter = modelPrices.stream().filter(price -> !price.isPerToken()).toList();
        String reason;
        List<String> sources = List.of();
        if (!perCharacter.isEmpty()) {
            Price p = perCharacter.get(0);
            reason = "billed per " + grouped(BigDecimal.valueOf(p.getPerUnits())) + " " + p.getUnit() + " (" + p.getProvider() + ", " + p.getOffer()
                    + ": $" + p.getInput().stripTrailingZeros().toPlainString() + " in / $"
                    + p.getOutput().stripTrailingZeros().toPlainString() + " out per " + grouped(
                            BigDecimal.valueOf(p.getPerUnits()))
                    + " " + p.getUnit() + "), not per token: not comparable per token without an assumption about "
                    + "characters per token. Enter inputPrice." + model.getSlug() + " and outputPrice." + model.getSlug()
                    + " in USD per 1M tokens to price it.";
            sources = List.copyOf(p.getSourceIds());
        }
        else if (!model.generatesText()) {
            reason = "an encoder: it does not generate text, so it has no price per generated token";
        }
        else if (model.isWeightsDownloadable()) {
            reason = "no hosted API price in the data set: see self-hosting below, or enter a price you were offered";
        }
        else if (!model.isApiAvailable()) {
            reason = "no API: there is no per-token price to pay";
        }
        else {
            reason = "no API price in the data set";
        }
        return new Unpriced(model.getSlug(), model.getName(), reason, retirement(model), sources);
    }

    private static SelfHosting selfHosting(LanguageModel model, HostingDefaults profile, CostQuery query,
            Workload workload, List<ApiOption> options, List<CostChart.Crossing> crossings) {
        ModelOverrides overrides = query.overridesFor(model.getSlug());
        GpuSizing sizing = GpuSizing.of(BigDecimal.valueOf(model.getParameterCount()), profile.getPrecision(),
                profile.getGpuMemoryGb().value());
        int gpus = overrides.gpuCount() != null ? overrides.gpuCount() : sizing.gpusNeeded();
        BigDecimal hourly = overrides.gpuHourlyUsd() != null ? overrides.gpuHourlyUsd()
                : profile.getGpuHourlyUsd().value();
        BigDecimal tokensPerSecond = overrides.tokensPerSecond() != null ? overrides.tokensPerSecond()
                : profile.getTokensPerSecondPerGpu().value().multiply(BigDecimal.valueOf(gpus));
        BigDecimal multiplier = multiplier(model, overrides);
        HostingProfile hostingProfile = new HostingProfile(profile.getGpuType(), profile.getGpuMemoryGb().value(),
                hourly, gpus, tokensPerSecond, query.utilization());
        SelfHostingCost cost = SelfHostingCost.estimate(hostingProfile, workload, multiplier);
        BigDecimal capacity = SelfHostingCost.monthlyCapacity(hostingProfile, multiplier);
        BigDecimal onDemandPerToken = SelfHostingCost.onDemandCostPerToken(hostingProfile, multiplier);
        String label = model.getName() + " always-on";
        List<BreakEvenRow> rows = new ArrayList<>();
        for (ApiOption api : options) {
            BreakEven breakEven = BreakEven.solveWithin(capacity, cost.alwaysOnMonthly(), api.price(), workload,
                    api.tokenizerMultiplier(), query.cachedShare());
            Integer crossing = null;
            if (breakEven.volume().filter(volume -> volume.signum() > 0).isPresent()) {
                BigDecimal volume = breakEven.volume().orElseThrow();
                crossings.add(new CostChart.Crossing(label + " = " + api.label() + " at "
                        + CostChart.tokens(volume.doubleValue()) + " tokens a month", volume, cost.alwaysOnMonthly()));
                crossing = crossings.size();
            }
            RateComparison onDemand = api.costPerToken() == null ? null
                    : RateComparison.of(onDemandPerToken, api.costPerToken());
            rows.add(new BreakEvenRow(api, breakEven, crossing, onDemand));
        }
        String sizingWarning = gpus >= sizing.gpusNeeded() ? null
                : "The weights need " + sizing.gpusNeeded() + " GPUs of " + plain(profile.getGpuMemoryGb().value())
                        + " GB at " + profile.getPrecision().label() + "; " + gpus + (gpus == 1 ? " GPU does" : " GPUs do")
                        + " not hold them, so this setup cannot serve the model as sized.";
        return new SelfHosting(model.getSlug(), model.getName(), profile.getGpuType(), sizing, profile.getGpuMemoryGb(),
                gpus, overrides.gpuCount() != null, sizingWarning, hourly, overrides.gpuHourlyUsd() != null,
                profile.getGpuHourlyUsd(), tokensPerSecond, overrides.tokensPerSecond() != null,
                profile.getTokensPerSecondPerGpu(), query.utilization(), multiplier, cost, capacity, onDemandPerToken,
                rows, profile.getNote(), contextWarning(query, multiplier, model.getContextTokens()));
    }

    private static CostChart chart(List<ApiOption> options, List<SelfHosting> selfHosting,
            List<CostChart.Crossing> crossings, Workload workload) {
        List<CostChart.Line> lines = new ArrayList<>();
        options.stream()
            .filter(option -> option.costPerToken() != null)
            .forEach(option -> lines.add(new CostChart.Rate(option.label(), option.costPerToken(), false)));
        for (SelfHosting hosted : selfHosting) {
            lines.add(new CostChart.AlwaysOn(hosted.getAlwaysOnLabel(), hosted.cost().alwaysOnMonthly(),
                    hosted.monthlyCapacity()));
            lines.add(new CostChart.Rate(hosted.getOnDemandLabel(), hosted.onDemandPerToken(), true));
        }
        return CostChart.of(lines, crossings, workload.totalTokens());
    }

    /** The articles' cost claims, each against what the data gives. */
    public List<ClaimCheck> claims() {
        return claims.findAllByOrderByPositionAsc().stream().map(CostCalculator::check).toList();
    }

    private static ClaimCheck check(CostClaim claim) {
        Workload request = Workload.monthly(BigDecimal.valueOf(claim.getInputTokensPerRequest()),
                BigDecimal.valueOf(claim.getOutputTokensPerRequest()));
        ClaimSide numerator = side(claim.getNumeratorPrice(), request);
        ClaimSide denominator = side(claim.getDenominatorPrice(), request);
        return new ClaimCheck(claim.getId(), claim.getClaim(), claim.getContext(), claim.getSourceId(),
                claim.getClaimedRatio(), claim.getInputTokensPerRequest(), claim.getOutputTokensPerRequest(), numerator,
                denominator, numerator.costPerRequest().divide(denominator.costPerRequest(), MathContext.DECIMAL128),
                numerator.costPerRequestAtOneToOne()
                    .divide(denominator.costPerRequestAtOneToOne(), MathContext.DECIMAL128),
                claim.getCounterpartValue(), claim.getCounterpartSourceId(), claim.getCounterpartQuote(),
                claim.getExplanation(), claim.getExplanationSourceIds());
    }

    private static ClaimSide side(Price price, Workload request) {
        LanguageModel model = price.getModel();
        ApiPrice apiPrice = ApiPrice.of(price.getInputPerMillion(), price.getOutputPerMillion());
        BigDecimal multiplier = model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier()
                : BigDecimal.ONE;
        return new ClaimSide(model.getName(), price.getProvider(), price.getOffer(), price.getInputPerThousand(),
                price.getOutputPerThousand(), price.getValidFrom(), price.getValidUntil(), multiplier,
                ApiCostCalculator.monthlyCost(request, apiPrice, multiplier, BigDecimal.ZERO).monthly(),
                ApiCostCalculator.monthlyCost(request, apiPrice, BigDecimal.ONE, BigDecimal.ZERO).monthly(),
                List.copyOf(price.getSourceIds()));
    }

    private static String grouped(BigDecimal value) {
        return new DecimalFormat("#,##0", US).format(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
