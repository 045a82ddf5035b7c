package com.llmcompare.cost;

import com.llmcompare.core.model.Slug;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import com.llmcompare.web.LogSafe;
import com.llmcompare.web.SlugSuggester;

/**
 * The calculator's request parameters as the user typed them, checked field by field against
 * {@link CostField}: either a {@link CostQuery} to compute with, or a message at each bad field. The
 * typed values are kept so that the form can show them again. Unknown parameters are ignored, and
 * an empty value counts as not given (a GET form sends its empty fields).
 */
public final class CostForm {

    /**
     * An open/closed mix of models that can still be bought: OpenAI's flagship and its small model (the
     * substitute it names for GPT-3.5 Turbo) against Llama 2 70B, hosted and self-hosted. A test keeps them
     * available in the data set.
     */
    public static final List<String> DEFAULT_MODELS = List.of("gpt-5.5", "gpt-4.1-mini", "llama-2-70b-chat",
            "llama-2-70b");

    static final String BOTH_FORMS = "Give the workload either per month (inputTokens, outputTokens) or per request "
            + "(requestsPerDay, inputTokensPerRequest, outputTokensPerRequest), not both: clear one of the two.";

    /** The parameter that says which form the workload is given in: {@code month} or {@code request}. */
    public static final String BASIS = "basis";

    /** The day whose prices and lifecycles the workload is costed at ("what it cost then"); today without it. */
    public static final String AS_OF = "asOf";

    /** The data set's prices start in 2023: before it there is nothing to cost. */
    public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2023, 1, 1);

    private static final List<CostField> MONTHLY = List.of(CostField.INPUT_TOKENS, CostField.OUTPUT_TOKENS);

    private static final List<CostField> PER_REQUEST = List.of(CostField.REQUESTS_PER_DAY,
            CostField.INPUT_TOKENS_PER_REQUEST, CostField.OUTPUT_TOKENS_PER_REQUEST);

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");


    private static final int MAX_NUMBER_LENGTH = 40;

    private static final int MAX_MODELS_LENGTH = 2_000;

    private final Map<String, String> typed;

    private final Map<String, String> errors;

    private final List<String> models;

    private final CostQuery query;

    private CostForm(Map<String, String> typed, Map<String, String> errors, List<String> models, CostQuery query) {
        this.typed = typed;
        this.errors = errors;
        this.models = models;
        this.query = query;
    }

    /**
     * @param parameters the request's parameters, each with all its values
     * @param knownSlugs the slugs of every model in the data set
     */
    public static CostForm parse(Map<String, List<String>> parameters, Collection<String> knownSlugs) {
        return parse(parameters, knownSlugs, null);
    }

    /** @param today the latest day {@code asOf} may name; {@code null} for no limit */
    public static CostForm parse(Map<String, List<String>> parameters, Collection<String> knownSlugs, LocalDate today) {
        return parse(parameters, knownSlugs, today, Set.of());
    }

    /** @param gpuIds the GPUs {@code gpu.{slug}} may name */
    public static CostForm parse(Map<String, List<String>> parameters, Collection<String> knownSlugs, LocalDate today,
            Collection<String> gpuIds) {
        return new Parser(parameters, knownSlugs, today, gpuIds).parse();
    }

    /** This form with more errors, found once the data was consulted (e.g. a price with only one side given). */
    public CostForm withErrors(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        more.forEach(all::putIfAbsent);
        return new CostForm(typed, all, models, null);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Parameter → message, in the order of the form. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public String error(String parameter) {
        return errors.get(parameter);
    }

    public boolean hasError(String parameter) {
        return errors.containsKey(parameter);
    }

    /** The query to compute with; only when there are no errors. */
    public CostQuery query() {
        if (query == null) {
            throw new IllegalStateException("the form has errors: " + errors);
        }
        return query;
    }

    /** The known models asked for (all of them valid slugs), for the per-model fields of the form. */
    public List<String> getModels() {
        return models;
    }

    /**
     * Bad per-model parameters for a model the form has no fields for (an unknown slug): the form shows
     * them in fields of their own, so that they can be fixed or cleared.
     */
    public List<String> getStrayParameters() {
        return errors.keySet()
            .stream()
            .filter(name -> name.indexOf('.') > 0)
            .filter(name -> CostField.perModelField(name.substring(0, name.indexOf('.'))).isPresent())
            .filter(name -> !models.contains(name.substring(name.indexOf('.') + 1)))
            .toList();
    }

    /**
     * What the field shows: the value as typed, or else the default the calculation used. Per-model
     * fields stay empty unless typed: their defaults come from the data and are shown beside them.
     */
    public String value(String parameter) {
        return typed.getOrDefault(parameter, "");
    }

    /** Whether a per-model field has an error: the folded overrides then open to show it. */
    /** Whether the billing options' fold opens: one of them is used, or has an error to see. */
    public boolean isBillingUsed() {
        return Stream.of(CostField.CACHE_WRITE_SHARE, CostField.CACHE_WRITE_1H_SHARE, CostField.BATCH_SHARE)
            .map(CostField::getName)
            .anyMatch(name -> hasError(name) || (value(name) != null && !value(name).isBlank()
                    && !"0".equals(value(name).trim())));
    }

    public boolean hasModelErrors() {
        return errors.keySet().stream().anyMatch(name -> name.indexOf('.') > 0);
    }

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidCostInput(errors);
        }
    }

    /** Reads the parameters once, collecting one message per bad field. */
    private static final class Parser {

        private final Map<String, List<String>> parameters;

        private final Set<String> known;

        private final Collection<String> knownSlugs;

        private final Map<String, String> typed = new HashMap<>();

        private final Map<String, String> errors = new LinkedHashMap<>();

        private final LocalDate today;

        private final Collection<String> gpuIds;

        Parser(Map<String, List<String>> parameters, Collection<String> knownSlugs, LocalDate today,
                Collection<String> gpuIds) {
            this.today = today;
            this.gpuIds = gpuIds.stream().sorted().toList();
            this.parameters = parameters;
            this.knownSlugs = knownSlugs;
            this.known = Set.copyOf(knownSlugs);
        }

        CostForm parse() {
            List<String> models = models();
            boolean monthly = MONTHLY.stream().anyMatch(this::given);
            boolean perRequest = PER_REQUEST.stream().anyMatch(this::given);
            // basis picks one form of the workload and switches the other's fields off; without it a link is
            // read by which fields it gives
            String basis = single(BASIS);
            if (basis != null) {
                switch (basis.trim()) {
                    case "month" -> perRequest = false;
                    case "request" -> {
                        perRequest = true;
                        monthly = false;
                    }
                    default -> error(BASIS, BASIS + " must be month (tokens a month) or request (requests a day "
                            + "and tokens per request), not '" + LogSafe.text(basis) + "'.");
                }
            }
            if (monthly && perRequest) {
                MONTHLY.stream().filter(this::given).forEach(field -> error(field.getName(), BOTH_FORMS));
                PER_REQUEST.stream().filter(this::given).forEach(field -> error(field.getName(), BOTH_FORMS));
            }
            Map<CostField, BigDecimal> values = new HashMap<>();
            List<CostField> workloadFields = perRequest && !monthly ? PER_REQUEST : MONTHLY;
            List<CostField> global = new ArrayList<>(workloadFields);
            global.add(CostField.CACHED_SHARE);
            global.add(CostField.CACHE_WRITE_SHARE);
            global.add(CostField.CACHE_WRITE_1H_SHARE);
            global.add(CostField.BATCH_SHARE);
            // reasoning goes with its form of the workload; the other form's field is off, as its token fields are
            global.add(perRequest && !monthly ? CostField.REASONING_TOKENS_PER_REQUEST : CostField.REASONING_TOKENS);
            global.add(CostField.UTILIZATION);
            if (monthly && perRequest) {
                global.addAll(PER_REQUEST);
            }
            for (CostField field : global) {
                String raw = single(field.getName());
                if (raw == null && given(field)) {
                    continue;
                }
                if (raw == null) {
                    values.put(field, field.getDefaultValue());
                    boolean workloadField = MONTHLY.contains(field) || PER_REQUEST.contains(field);
                    if (!(monthly && perRequest && workloadField)) {
                        typed.put(field.getName(), CostQuery.plain(field.getDefaultValue()));
                    }
                }
                else {
                    values.put(field, number(field, field.getName(), raw));
                }
            }
            Map<String, ModelOverrides> overrides = overrides(models);
            Map<String, GpuChoice> gpuChoices = gpuChoices(models);
            String rawConcurrency = single(CostField.CONCURRENCY.getName());
            BigDecimal concurrency = rawConcurrency == null ? null
                    : number(CostField.CONCURRENCY, CostField.CONCURRENCY.getName(), rawConcurrency);
            LocalDate asOf = asOf();
            if (perRequest && !monthly) {
                checkMonthlyTotal(values, CostField.INPUT_TOKENS_PER_REQUEST);
                checkMonthlyTotal(values, CostField.OUTPUT_TOKENS_PER_REQUEST);
                checkMonthlyTotal(values, CostField.REASONING_TOKENS_PER_REQUEST);
            }
            checkCacheShares(values);
            checkOutputWithReasoning(values, perRequest && !monthly);
            if (!errors.isEmpty()) {
                return new CostForm(Map.copyOf(typed), Collections.unmodifiableMap(errors), models, null);
            }
            Billing billing = new Billing(values.get(CostField.CACHED_SHARE), values.get(CostField.CACHE_WRITE_SHARE),
                    values.get(CostField.CACHE_WRITE_1H_SHARE), values.get(CostField.BATCH_SHARE));
            CostQuery query = new CostQuery(models, values.get(CostField.INPUT_TOKENS),
                    values.get(CostField.OUTPUT_TOKENS), perRequest ? values.get(CostField.REQUESTS_PER_DAY) : null,
                    values.get(CostField.INPUT_TOKENS_PER_REQUEST), values.get(CostField.OUTPUT_TOKENS_PER_REQUEST),
                    values.get(CostField.CACHED_SHARE), values.get(CostField.UTILIZATION), overrides, billing,
                    values.getOrDefault(CostField.REASONING_TOKENS, BigDecimal.ZERO),
                    values.getOrDefault(CostField.REASONING_TOKENS_PER_REQUEST, BigDecimal.ZERO), asOf, gpuChoices,
                    concurrency == null ? null : concurrency.intValueExact());
            return new CostForm(Map.copyOf(typed), Map.of(), models, query);
        }

        /** A day from 2023-01-01 to today as YYYY-MM-DD, or {@code null} (today) when not given. */
        private LocalDate asOf() {
            String raw = single(AS_OF);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String range = " Allowed: a day from " + EARLIEST_AS_OF + (today == null ? "" : " to today, " + today)
                    + ", as YYYY-MM-DD.";
            if (!raw.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                error(AS_OF, AS_OF + " must be a day written YYYY-MM-DD, not '" + LogSafe.text(raw) + "'." + range);
                return null;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(raw.trim());
            }
            catch (java.time.DateTimeException ex) {
                error(AS_OF, AS_OF + " is not a day of the calendar: '" + LogSafe.text(raw) + "'." + range);
                return null;
            }
            if (day.isBefore(EARLIEST_AS_OF) || (today != null && day.isAfter(today))) {
                error(AS_OF, AS_OF + " " + day + " is out of range: prices are known from " + EARLIEST_AS_OF
                        + " and only up to today." + range);
                return null;
            }
            typed.put(AS_OF, day.toString());
            return day;
        }

        /** Reasoning tokens are output tokens: the two together stay within 10^13 a month. */
        private void checkOutputWithReasoning(Map<CostField, BigDecimal> values, boolean perRequest) {
            CostField output = perRequest ? CostField.OUTPUT_TOKENS_PER_REQUEST : CostField.OUTPUT_TOKENS;
            CostField reasoning = perRequest ? CostField.REASONING_TOKENS_PER_REQUEST : CostField.REASONING_TOKENS;
            BigDecimal requests = perRequest ? values.get(CostField.REQUESTS_PER_DAY) : BigDecimal.ONE;
            if (values.get(output) == null || values.get(reasoning) == null || requests == null) {
                return;
            }
            BigDecimal month = values.get(output).add(values.get(reasoning))
                .multiply(perRequest ? requests.multiply(Workload.DAYS_PER_MONTH) : BigDecimal.ONE);
            if (month.compareTo(Workload.MAX_TOKENS_PER_MONTH) > 0) {
                error(reasoning.getName(), reasoning.getName() + " and " + output.getName() + " together come to more "
                        + "than 10^13 output tokens a month. Allowed: at most 10,000,000,000,000 (10^13) tokens a month "
                        + "in all.");
            }
        }

        /** A token is read from the cache, written to it, or neither: the three shares add up to 100 at most. */
        private void checkCacheShares(Map<CostField, BigDecimal> values) {
            List<CostField> shares = List.of(CostField.CACHED_SHARE, CostField.CACHE_WRITE_SHARE,
                    CostField.CACHE_WRITE_1H_SHARE);
            if (shares.stream().anyMatch(field -> values.get(field) == null)) {
                return;
            }
            BigDecimal sum = shares.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.valueOf(100)) > 0) {
                CostField blamed = values.get(CostField.CACHE_WRITE_1H_SHARE).signum() > 0 ? CostField.CACHE_WRITE_1H_SHARE
                        : CostField.CACHE_WRITE_SHARE;
                error(blamed.getName(), "cachedShare + cacheWriteShare + cacheWrite1hShare come to "
                        + CostQuery.plain(sum) + "%: a token is read from the cache, written to it, or neither, so "
                        + "together they must not exceed 100%.");
            }
        }

        /** Per-request figures are each in range, but their product must also stay within 10^13 a month. */
        private void checkMonthlyTotal(Map<CostField, BigDecimal> values, CostField perRequest) {
            BigDecimal requests = values.get(CostField.REQUESTS_PER_DAY);
            BigDecimal tokens = values.get(perRequest);
            if (requests != null && tokens != null && requests.multiply(Workload.DAYS_PER_MONTH)
                .multiply(tokens)
                .compareTo(Workload.MAX_TOKENS_PER_MONTH) > 0) {
                error(perRequest.getName(), perRequest.getName() + " × requestsPerDay × 30.4375 days comes to more "
                        + "than 10^13 tokens a month. Allowed: at most 10,000,000,000,000 (10^13) tokens a month in all.");
            }
        }

        private List<String> models() {
            List<String> raw = nonEmpty(parameters.get("models"));
            if (raw.isEmpty()) {
                typed.put("models", String.join(",", DEFAULT_MODELS));
                return DEFAULT_MODELS.stream().filter(known::contains).toList();
            }
            String joined = String.join(",", raw);
            typed.put("models", joined);
            if (joined.length() > MAX_MODELS_LENGTH) {
                error("models", "models is too long. Allowed: model slugs separated by commas, e.g. gpt-4,llama-2-70b.");
                return List.of();
            }
            Set<String> slugs = new LinkedHashSet<>();
            Arrays.stream(joined.split(","))
                .map(item -> item.trim().toLowerCase(Locale.ROOT))
                .filter(item -> !item.isEmpty())
                .forEach(slugs::add);
            List<String> unknown = slugs.stream().filter(slug -> !known.contains(slug)).toList();
            if (!unknown.isEmpty()) {
                error("models", unknown.stream().map(this::unknownModel).collect(Collectors.joining(" "))
                        + " Allowed: the slugs of the models listed below, separated by commas.");
            }
            else if (slugs.isEmpty()) {
                error("models", "models names no model. Allowed: model slugs separated by commas, e.g. gpt-4,llama-2-70b.");
            }
            return slugs.stream().filter(known::contains).toList();
        }

        private String unknownModel(String slug) {
            if (!Slug.isValid(slug)) {
                return "'" + slug + "' is not a model slug (lower-case letters, digits, '-' and '.').";
            }
            return "No model has the slug '" + slug + "'" + SlugSuggester.didYouMean(slug, knownSlugs, s -> s);
        }

        private Map<String, ModelOverrides> overrides(List<String> models) {
            Map<String, ModelOverrides> overrides = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                String name = parameter.getKey();
                int dot = name.indexOf('.');
                if (dot < 0) {
                    continue;
                }
                CostField field = CostField.perModelField(name.substring(0, dot)).orElse(null);
                String slug = name.substring(dot + 1);
                if (field == null || nonEmpty(parameter.getValue()).isEmpty()) {
                    continue;
                }
                if (known.contains(slug) && !models.contains(slug)) {
                    // An override for a model that is not selected is ignored, like any other unused parameter.
                    continue;
                }
                if (!known.contains(slug)) {
                    String raw = single(name);
                    typed.put(name, raw == null ? "" : raw);
                    error(name, name + " is for an unknown model: no model has the slug '" + slug + "'"
                            + SlugSuggester.didYouMean(slug, knownSlugs, field::param)
                            + " Allowed: " + field.getName() + ".{slug} for a model in the list, with its slug.");
                    continue;
                }
                String raw = single(name);
                if (raw == null) {
                    continue;
                }
                BigDecimal value = number(field, name, raw);
                if (value != null) {
                    overrides.merge(slug, ModelOverrides.NONE.with(field, value),
                            (a, b) -> a.with(field, value));
                }
            }
            return overrides;
        }

        /**
         * {@code gpu.{slug}} names a GPU of the data set, {@code precision.{slug}} a precision the sizing knows;
         * for a model not selected they are ignored, like any unused parameter.
         */
        private Map<String, GpuChoice> gpuChoices(List<String> models) {
            Map<String, GpuChoice> choices = new LinkedHashMap<>();
            for (String slug : models) {
                String gpu = single(GpuChoice.GPU + "." + slug);
                String precision = single(GpuChoice.PRECISION + "." + slug);
                if (gpu != null && !gpuIds.contains(gpu.trim())) {
                    error(GpuChoice.GPU + "." + slug, GpuChoice.GPU + "." + slug + " names no GPU of the data set: '"
                            + LogSafe.text(gpu) + "'. Allowed: " + String.join(", ", gpuIds) + ".");
                    gpu = null;
                }
                if (precision != null) {
                    try {
                        precision = com.llmcompare.core.cost.Precision.fromLabel(precision).label();
                    }
                    catch (IllegalArgumentException ex) {
                        error(GpuChoice.PRECISION + "." + slug, GpuChoice.PRECISION + "." + slug + " is not a precision: '"
                                + LogSafe.text(precision) + "'. Allowed: " + java.util.Arrays.stream(
                                        com.llmcompare.core.cost.Precision.values())
                                    .map(com.llmcompare.core.cost.Precision::label)
                                    .collect(Collectors.joining(", ")) + ".");
                        precision = null;
                    }
                }
                GpuChoice choice = new GpuChoice(gpu == null ? null : gpu.trim(), precision);
                if (choice.isMade()) {
                    choices.put(slug, choice);
                }
            }
            return choices;
        }

        private boolean given(CostField field) {
            return !nonEmpty(parameters.get(field.getName())).isEmpty();
        }

        /** The parameter's one value; a parameter repeated with different values is an error. */
        private String single(String name) {
            List<String> values = nonEmpty(parameters.get(name));
            if (values.isEmpty()) {
                return null;
            }
            typed.put(name, values.get(0));
            if (values.stream().map(String::trim).distinct().count() > 1) {
                error(name, name + " is given " + values.size() + " times with different values: give it once.");
                return null;
            }
            return values.get(0);
        }

        private BigDecimal number(CostField field, String name, String raw) {
            String text = raw.trim();
            String allowed = " Allowed: " + field.getAllowed() + ".";
            if (text.length() > MAX_NUMBER_LENGTH) {
                return error(name, name + " is too long for a number." + allowed);
            }
            if (GROUPED.matcher(text).matches()) {
                text = text.replace(",", "");
            }
            if (!NUMBER.matcher(text).matches()) {
                return error(name, name + " is not a number." + allowed);
            }
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                return error(name, name + " must not be negative." + allowed);
            }
            if (field.isWhole() && value.stripTrailingZeros().scale() > 0) {
                return error(name, name + " must be a whole number." + allowed);
            }
            int fromMin = value.compareTo(field.getMin());
            if (fromMin < 0 || (fromMin == 0 && field.isMinExclusive())) {
                return error(name, name + " is too small." + allowed);
            }
            if (value.compareTo(field.getMax()) > 0) {
                return error(name, name + " is too large." + allowed);
            }
            return value;
        }

        /** Every problem with a field is said at that field. */
        private BigDecimal error(String name, String message) {
            errors.merge(name, message, (first, more) -> first + " " + more);
            return null;
        }

        private static List<String> nonEmpty(List<String> values) {
            if (values == null) {
                return List.of();
            }
            return values.stream().filter(value -> value != null && !value.isBlank()).toList();
        }
    }
}
