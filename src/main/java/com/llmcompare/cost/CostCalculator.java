package com.llmcompare.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import com.llmcompare.core.calendar.Today;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.web.ModelGroups;
import com.llmcompare.web.ModelPicker;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.snapshot.DataSnapshot;
import com.llmcompare.cost.CostReport.ClaimCheck;

/**
 * Reads what a {@link CostQuery} needs from the data set (models, their offers through {@link Offers},
 * hosting profiles and the articles' claims) and hands it to {@link CostReportAssembler}, which works the
 * report out as pure code.
 */
@Service
public class CostCalculator {

    private final Today today;

    private final DataSnapshot snapshot;

    CostCalculator(Today today, DataSnapshot snapshot) {
        this.snapshot = snapshot;
        this.today = today;
    }

    private final SingletonSupplier<ModelPicker> picker =
            SingletonSupplier.of(() -> new ModelPicker(ModelGroups.of(models())));

    /** Every model, by name: what the form offers. */
    public List<LanguageModel> models() {
        return snapshot.models();
    }

    /** The picker of every model by name, written once: the data set does not change. */
    public ModelPicker picker() {
        return picker.obtain();
    }

    /** The names of these models, in their order (a slug the data set lacks is shown as it is). */
    public List<String> names(List<String> slugs) {
        return slugs.stream().map(slug -> snapshot.model(slug).map(LanguageModel::getName).orElse(slug)).toList();
    }

    public List<String> slugs() {
        return models().stream().map(LanguageModel::getSlug).toList();
    }

    /** Reads the form's parameters against the data set's models. */
    public CostForm read(Map<String, List<String>> parameters) {
        return CostForm.parse(parameters, slugs(), today.date(), gpuIds());
    }

    /** The selected models' measured output per task (answer and thinking), where a benchmark measured it. */
    public List<ReasoningRange> reasoning(List<String> slugs) {
        return slugs.stream()
            .flatMap(slug -> snapshot.model(slug).stream())
            .filter(model -> !snapshot.reasoning(model.getSlug()).isEmpty())
            .map(model -> new ReasoningRange(model.getSlug(), model.getName(), snapshot.reasoning(model.getSlug())))
            .toList();
    }

    /** The GPUs the form's {@code gpu.{slug}} may name. */
    public List<String> gpuIds() {
        return snapshot.gpus().stream().map(com.llmcompare.core.cost.Gpu::getId).toList();
    }

    /** What each model's per-model fields fall back to, for the form. */
    public List<ModelDefaults> defaults(List<String> slugs) {
        return defaults(slugs, null);
    }

    /** @param query the checked request, or {@code null} when the form has errors (the defaults of no choice) */
    public List<ModelDefaults> defaults(List<String> slugs, CostQuery query) {
        Selection selection = select(slugs);
        Map<String, HostingSetup> profiles = setups(selection.models(), query, new HashMap<>());
        return selection.models().stream().map(model -> {
            List<ModelDefaults.Offer> offers = selection.offers()
                .get(model.getSlug())
                .toPrice()
                .stream()
                .map(p -> new ModelDefaults.Offer(p.getProvider(), p.getOffer(), p.getInputPerMillion(),
                        p.getOutputPerMillion(), List.copyOf(p.getSourceIds())))
                .toList();
            HostingSetup profile = profiles.get(model.getSlug());
            ModelDefaults.Hosting hosted = profile == null ? null
                    : new ModelDefaults.Hosting(profile.gpuType(), profile.gpusNeeded(), profile.gpuHourly(),
                            profile.perGpuThroughput(), profile.options(), profile.measured());
            return new ModelDefaults(model.getSlug(), model.getName(),
                    model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier() : BigDecimal.ONE,
                    model.getTokenizerSourceId(), offers, hosted);
        }).toList();
    }

    /**
     * @throws InvalidCostInput when the data shows a problem the form could not see (a price given for
     *         only one side of a model that has none)
     */
    public CostReport calculate(CostQuery query) {
        Selection selection = select(query.models(), query.asOf());
        try {
            Map<String, String> unhosted = new HashMap<>();
            Map<String, HostingSetup> setups = setups(selection.models(), query, unhosted);
            return CostReportAssembler.assemble(query, selection.models(), selection.offers(),
                    selection.prices(), setups, unhosted, claims(), selection.day());
        }
        catch (IllegalArgumentException ex) {
            // The form checks every range first; this keeps any rule it missed a 400, never a 500. The
            // plain classes' messages start with the field's name.
            String message = ex.getMessage() == null ? "models cannot be priced with these values." : ex.getMessage();
            throw new InvalidCostInput(Map.of(message.split(" ", 2)[0], message));
        }
    }

    /**
     * The monthly cost of the report's workload with a model at its cheapest current offer: for a model in
     * the report, the cheapest of its rows (with the user's overrides); for any other, the same arithmetic
     * with its defaults. {@code null} for a retired model or one without a per-token price.
     */
    public BigDecimal monthlyAtCheapest(CostReport report, LanguageModel model) {
        if (report.query().models().contains(model.getSlug())) {
            return report.apiOptions()
                .stream()
                .filter(o -> o.modelSlug().equals(model.getSlug()) && !o.isRetired())
                .map(o -> o.cost().monthly())
                .min(BigDecimal::compareTo)
                .orElse(null);
        }
        Offers offers = snapshot.offers(report.today()).get(model.getSlug());
        if (offers == null || offers.lifecycle().isRetired()) {
            return null;
        }
        BigDecimal multiplier = model.getTokenizerMultiplier() != null ? model.getTokenizerMultiplier() : BigDecimal.ONE;
        return offers.currentPerToken()
            .stream()
            .map(p -> ApiCostCalculator.bill(report.workload(), ApiPrice.from(p), multiplier, report.query().billing())
                .monthly())
            .min(BigDecimal::compareTo)
            .orElse(null);
    }

    /** The articles' cost claims, each against what the data gives. */
    public List<ClaimCheck> claims() {
        return snapshot.costClaims().stream().map(CostClaimChecks::check).toList();
    }

    private Selection select(List<String> slugs) {
        return select(slugs, null);
    }

    /**
     * The selected models (known ones, in the order asked), their prices and their offers on a day: today's
     * from the snapshot, which works them out once a day; another day's (asOf) for these models only, by
     * the same rule, so that a look back neither fills nor evicts the snapshot's days.
     */
    private Selection select(List<String> slugs, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today.date();
        List<LanguageModel> selected = slugs.stream().flatMap(slug -> snapshot.model(slug).stream()).toList();
        Map<String, List<Price>> pricesByModel = new HashMap<>();
        for (LanguageModel model : selected) {
            pricesByModel.put(model.getSlug(), snapshot.prices(model.getSlug()));
        }
        Map<String, Offers> offersOnDay = asOf == null ? snapshot.offers(day)
                : Offers.byModel(selected, pricesByModel.values().stream().flatMap(List::stream).toList(), day);
        Map<String, Offers> offers = new HashMap<>();
        for (LanguageModel model : selected) {
            offers.put(model.getSlug(), offersOnDay.get(model.getSlug()));
        }
        return new Selection(selected, pricesByModel, offers, day);
    }

    /**
     * How each selected open model is self-hosted: its measured option (the user's pick or the default), sized
     * for the workload; else its hosting profile. A model with neither, or whose pick was never measured, gets
     * the reason in {@code unhosted}.
     */
    private Map<String, HostingSetup> setups(List<LanguageModel> models, CostQuery query, Map<String, String> unhosted) {
        Map<String, HostingSetup> setups = new HashMap<>();
        Map<String, com.llmcompare.core.cost.Gpu> gpus = snapshot.gpusById();
        for (LanguageModel model : models) {
            if (!model.isWeightsDownloadable() || !model.generatesText()) {
                continue;
            }
            GpuChoice choice = query == null ? GpuChoice.NONE : query.gpuChoiceFor(model.getSlug());
            List<com.llmcompare.core.cost.ThroughputRun> runs = snapshot.runs(model.getSlug());
            Optional<HostingDefaults> profile = snapshot.hosting(model.getSlug());
            if (runs.isEmpty()) {
                if (choice.isMade()) {
                    unhosted.put(model.getSlug(), "no measured throughput on " + HostingSetups.choiceText(choice, gpus)
                            + " in the data set");
                }
                else {
                    profile.ifPresent(p -> setups.put(model.getSlug(), HostingSetups.fromProfile(model, p)));
                }
                continue;
            }
            if (model.getParameterCount() == null) {
                unhosted.put(model.getSlug(), "measured on GPUs, but the data set has no parameter count for it, so "
                        + "the memory its weights take cannot be worked out");
                continue;
            }
            List<HostingOption> options = HostingOption.of(runs, gpus, HostingSetups.outputShare(query),
                    HostingSetups.requestTokens(query));
            Optional<HostingOption> picked = choice.isMade()
                    ? HostingOption.chosen(options, choice.gpu(), choice.precision())
                    : HostingOption.byDefault(options);
            if (picked.isEmpty()) {
                unhosted.put(model.getSlug(), choice.isMade()
                        ? "no measured throughput on " + HostingSetups.choiceText(choice, gpus) + " in the data set: "
                                + model.getName() + " was measured on " + HostingSetups.optionsText(options)
                        : "no GPU price in the data set for the GPUs it was measured on ("
                                + HostingSetups.optionsText(options) + ")");
                continue;
            }
            setups.put(model.getSlug(), HostingSetups.measured(model, picked.get(), options,
                    snapshot.architecture(model.getSlug()).orElse(null), query));
        }
        return setups;
    }

    private record Selection(List<LanguageModel> models, Map<String, List<Price>> prices, Map<String, Offers> offers,
            LocalDate day) {
    }
}
