package com.llmcompare.core.price;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.llmcompare.core.calendar.PartialDates;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.Lifecycle;

/**
 * The one rule of which offers of a model are current on a day; every page, JSON answer and CSV asks it.
 * <ul>
 * <li>A price announced for a later day is {@linkplain OfferStatus#ANNOUNCED announced}; one whose
 * validity ended on or before the day is {@linkplain OfferStatus#SUPERSEDED superseded}.</li>
 * <li>Among the rest, for one provider and one kind of usage (standard, batch, priority, flex,
 * fine-tuned: each a separate offer), the offer that started last is current; the ones it replaced are
 * superseded. Two catalogues may each list a price as open: the one that knows of a later change
 * (genai-prices' Claude Sonnet 5 price from 2026-09-01) replaces the one stated before it. The same
 * figures from several sources are one offer, in force since the earliest of them.</li>
 * <li>A retired model's prices are all {@linkplain OfferStatus#RETIRED retired}; its last list prices
 * (those current the day before it was retired) are kept for comparison only.</li>
 * <li>So is every price of a provider that closed on or before the day (Anyscale Endpoints).</li>
 * </ul>
 * {@link #current()} lists each current offer once: a second source stating the same figures at the same
 * provider adds a source, not an offer (the curated price, or else the one checked last, stands).
 */
public final class Offers {

    private static final Comparator<Price> CHEAPEST = Comparator.comparing(Price::getInputPerMillion)
        .thenComparing(Price::getOutputPerMillion)
        .thenComparing(Price::getId);

    private final LocalDate day;

    private final Lifecycle lifecycle;

    private final Map<String, OfferStatus> statusById;

    private final List<Price> current;

    private final List<Price> lastListPrices;

    private Offers(LocalDate day, Lifecycle lifecycle, Map<String, OfferStatus> statusById, List<Price> current,
            List<Price> lastListPrices) {
        this.day = day;
        this.lifecycle = lifecycle;
        this.statusById = statusById;
        this.current = current;
        this.lastListPrices = lastListPrices;
    }

    /** The offers of one model on a day; {@code prices} are that model's prices, in any order. */
    public static Offers of(LanguageModel model, List<Price> prices, LocalDate day) {
        return of(model.lifecycleOn(day), prices, day);
    }

    /** The offers of one model, whose lifecycle on the day is given, among {@code prices} (that model's). */
    public static Offers of(Lifecycle lifecycle, List<Price> prices, LocalDate day) {
        Map<String, OfferStatus> byDates = statusesByDates(prices, day);
        if (!lifecycle.isRetired()) {
            return new Offers(day, lifecycle, byDates, distinct(prices, byDates), List.of());
        }
        Map<String, OfferStatus> retired = prices.stream()
            .collect(Collectors.toMap(Price::getId, price -> OfferStatus.RETIRED, (a, b) -> a, LinkedHashMap::new));
        return new Offers(day, lifecycle, retired, List.of(), lastListPrices(prices, lifecycle));
    }

    /** The offers of every model given, by slug; a model without prices has no offers. */
    public static Map<String, Offers> byModel(Collection<LanguageModel> models, List<Price> allPrices, LocalDate day) {
        Map<String, List<Price>> bySlug = allPrices.stream()
            .collect(Collectors.groupingBy(price -> price.getModel().getSlug()));
        Map<String, Offers> offers = new LinkedHashMap<>();
        for (LanguageModel model : models) {
            offers.put(model.getSlug(), of(model, bySlug.getOrDefault(model.getSlug(), List.of()), day));
        }
        return offers;
    }

    private static Map<String, OfferStatus> statusesByDates(List<Price> prices, LocalDate day) {
        Map<String, OfferStatus> status = new HashMap<>();
        Map<List<String>, List<Price>> open = new LinkedHashMap<>();
        for (Price price : prices) {
            if (price.getProviderClosed() != null && !PartialDates.earliest(price.getProviderClosed()).isAfter(day)) {
                status.put(price.getId(), OfferStatus.RETIRED);
            }
            else if (PartialDates.earliest(price.getValidFrom()).isAfter(day)) {
                status.put(price.getId(), OfferStatus.ANNOUNCED);
            }
            else if (price.getValidUntil() != null && !PartialDates.earliest(price.getValidUntil()).isAfter(day)) {
                status.put(price.getId(), OfferStatus.SUPERSEDED);
            }
            else {
                open.computeIfAbsent(List.of(price.getProvider(), price.getUsage()), key -> new ArrayList<>()).add(price);
            }
        }
        for (List<Price> group : open.values()) {
            // The same figures stated by several sources are one offer, in force since the earliest of them: a
            // catalogue snapshot dated later confirms a price, it does not replace it.
            Map<List<Object>, LocalDate> offerStart = new HashMap<>();
            group.forEach(price -> offerStart.merge(figures(price), PartialDates.earliest(price.getValidFrom()),
                    (a, b) -> a.isBefore(b) ? a : b));
            LocalDate latestStart = offerStart.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            group.forEach(price -> status.put(price.getId(), offerStart.get(figures(price)).equals(latestStart)
                    ? OfferStatus.CURRENT : OfferStatus.SUPERSEDED));
        }
        return status;
    }

    /** What makes two prices of one provider and usage the same offer: the unit and the figures. */
    private static List<Object> figures(Price price) {
        return List.of(price.getUnit(), price.getInputPerMillion().stripTrailingZeros(),
                price.getOutputPerMillion().stripTrailingZeros());
    }

    /** The current prices, each offer once, in the order given. */
    private static List<Price> distinct(List<Price> prices, Map<String, OfferStatus> status) {
        List<Price> currentPrices = prices.stream().filter(p -> status.get(p.getId()) == OfferStatus.CURRENT).toList();
        Comparator<Price> preferred = Comparator.comparing(Price::isFromCatalogue)
            .thenComparing(Comparator.comparing((Price p) -> PartialDates.latest(p.getLastChecked())).reversed())
            .thenComparing(Price::getId);
        List<Price> kept = new ArrayList<>();
        for (Price price : currentPrices.stream().sorted(preferred).toList()) {
            if (kept.stream().noneMatch(other -> sameOffer(other, price))) {
                kept.add(price);
            }
        }
        return currentPrices.stream().filter(kept::contains).toList();
    }

    private static boolean sameOffer(Price a, Price b) {
        return a.getProvider().equals(b.getProvider()) && a.getUsage().equals(b.getUsage())
                && figures(a).equals(figures(b));
    }

    /** The per-token prices current the day before the model was retired; else the one that ended last. */
    private static List<Price> lastListPrices(List<Price> prices, Lifecycle lifecycle) {
        List<Price> perToken = prices.stream().filter(Price::isPerToken).toList();
        if (lifecycle.date() != null) {
            LocalDate dayBefore = PartialDates.earliest(lifecycle.date()).minusDays(1);
            List<Price> last = distinct(perToken, statusesByDates(perToken, dayBefore));
            if (!last.isEmpty()) {
                return last;
            }
        }
        return perToken.stream()
            .filter(price -> price.getValidUntil() != null)
            .max(Comparator.comparing((Price price) -> PartialDates.earliest(price.getValidUntil())))
            .map(List::of)
            .orElse(List.of());
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public OfferStatus statusOf(Price price) {
        OfferStatus status = statusById.get(price.getId());
        if (status == null) {
            throw new IllegalArgumentException("price " + price.getId() + " is not one of this model's prices");
        }
        return status;
    }

    public boolean isCurrent(Price price) {
        return statusOf(price) == OfferStatus.CURRENT;
    }

    /** A current price not checked in {@value Staleness#STALE_AFTER_DAYS} days: it may have changed. */
    public boolean isStale(Price price) {
        return Staleness.isStale(price.getLastChecked(), day);
    }

    /** Each current offer once, per token or per character. Empty for a retired model. */
    public List<Price> current() {
        return current;
    }

    /** The current offers billed per token: the ones that can be compared per 1M tokens. */
    public List<Price> currentPerToken() {
        return current.stream().filter(Price::isPerToken).toList();
    }

    /** The current per-token offer with the lowest input price per 1M tokens (then output, then id). */
    public Optional<Price> cheapest() {
        return currentPerToken().stream().min(CHEAPEST);
    }

    /**
     * The per-token offers to price a workload at: the current ones; for a retired model, its last list
     * prices, shown only for comparison.
     */
    public List<Price> toPrice() {
        return lifecycle.isRetired() ? lastListPrices : currentPerToken();
    }

    /** The cheapest of {@link #toPrice()}: for a retired model, its cheapest last list price. */
    public Optional<Price> cheapestToPrice() {
        return toPrice().stream().min(CHEAPEST);
    }

    /**
     * The offer of {@link #toPrice()} with the lowest price per 1M tokens at the mix (then the lowest input
     * price): the one a page names as "cheapest at 3:1". For a retired model, its cheapest last list price.
     */
    public Optional<Price> cheapestAt(TokenMix mix) {
        return toPrice().stream()
            .min(Comparator.comparing((Price price) -> mix.perMillion(price).orElseThrow()).thenComparing(CHEAPEST));
    }

    /** The price a current one replaced: same provider, usage and offer, ending the day it began. */
    private static boolean sameModel(Price a, Price b) {
        return a.getModel() == null || b.getModel() == null || a.getModel().getSlug().equals(b.getModel().getSlug());
    }

    public static Optional<Price> replacedBy(Price current, List<Price> prices) {
        return prices.stream()
            .filter(p -> p != current && sameModel(p, current) && p.isPerToken()
                    && p.getProvider().equals(current.getProvider())
                    && p.getUsage().equals(current.getUsage()) && p.getOffer().equals(current.getOffer()))
            .filter(p -> current.getValidFrom().equals(p.getValidUntil()))
            .findFirst();
    }
}
