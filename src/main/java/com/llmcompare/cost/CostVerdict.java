package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.llmcompare.cost.CostReport.ApiOption;
import com.llmcompare.cost.CostReport.BreakEvenRow;
import com.llmcompare.cost.CostReport.SelfHosting;
import com.llmcompare.web.Formats;
import com.llmcompare.web.Verdict;
import com.llmcompare.web.Verdict.Item;

/**
 * A cost report's answer at a glance: the cheapest way to run the workload that can be bought today (an
 * API offer, or always-on self-hosting) and its monthly cost, how many times cheaper it is than the next
 * models, and the cheapest self-hosted option with its break-even against the cheapest API. Retired
 * offers, offers whose context window cannot hold a request, and on-demand hosting (which assumes GPUs
 * with no idle time) never win.
 */
final class CostVerdict {

    private CostVerdict() {
    }

    /** One way to run the workload: its name, monthly cost, row and sources. */
    private record Way(String name, BigDecimal monthly, String anchor, List<String> sourceIds) {
    }

    static Verdict of(CostReport report, Formats formats) {
        List<Way> ways = new ArrayList<>();
        List<ApiOption> buyable = buyable(report);
        for (ApiOption o : buyable) {
            ways.add(new Way(o.label(), o.cost().monthly(), o.priceId() == null ? "#api-costs" : "#offer-" + o.priceId(),
                    o.sourceIds()));
        }
        for (SelfHosting h : report.selfHosting()) {
            ways.add(new Way(h.getAlwaysOnLabel(), h.cost().alwaysOnMonthly(), "#hosting-" + h.modelSlug(),
                    List.of()));
        }
        ways.sort(Comparator.comparing(Way::monthly).thenComparing(Way::name));
        List<Item> items = new ArrayList<>();
        if (ways.isEmpty()) {
            return new Verdict("The answer", items);
        }
        Way cheapest = ways.get(0);
        items.add(new Item("cheapest", "Cheapest way", cheapest.name() + " — " + formats.cents(cheapest.monthly())
                + " a month", next(ways, formats), cheapest.anchor(), cheapest.sourceIds(), null));
        // against the cheapest API that can be bought; with none, the cheapest retired one, said to be retired
        Optional<ApiOption> cheapestApi = buyable.stream().findFirst()
            .or(() -> report.getApiModels().stream().map(ModelOffers::shown).findFirst());
        report.selfHosting()
            .stream()
            .min(Comparator.comparing((SelfHosting h) -> h.cost().alwaysOnMonthly()))
            .ifPresent(h -> items.add(new Item("self-hosted", "Cheapest self-hosted",
                    h.getAlwaysOnLabel() + " — " + formats.cents(h.cost().alwaysOnMonthly()) + " a month always-on",
                    cheapestApi.map(api -> breakEven(h, api, report, formats)).orElse(null), "#hosting-" + h.modelSlug(),
                    List.of(), null)));
        return new Verdict("The answer", items);
    }

    /**
     * Each model's row on the page when it can run the workload today: offered, and its window holding a
     * request. The next options are other models, not the same model at another provider.
     */
    private static List<ApiOption> buyable(CostReport report) {
        return report.getApiModels()
            .stream()
            .filter(g -> g.fits() && !g.shown().isRetired())
            .map(ModelOffers::shown)
            .toList();
    }

    /** "4.2× cheaper than GPT-4.1 — OpenAI ($42.00); 9× cheaper than …": the next two options. */
    private static String next(List<Way> ways, Formats formats) {
        Way cheapest = ways.get(0);
        List<String> parts = new ArrayList<>();
        for (Way way : ways.subList(1, Math.min(3, ways.size()))) {
            String times = cheapest.monthly().signum() == 0 ? "free against"
                    : formats.multiple(way.monthly().divide(cheapest.monthly(), MathContext.DECIMAL64)) + " cheaper than";
            parts.add(times + " " + way.name() + " (" + formats.cents(way.monthly()) + ")");
        }
        return parts.isEmpty() ? "the only option that can be bought today" : String.join("; ", parts);
    }

    private static String breakEven(SelfHosting h, ApiOption api, CostReport report, Formats formats) {
        return h.breakEvens()
            .stream()
            .filter(b -> b.api() == api || (api.priceId() != null && api.priceId().equals(b.api().priceId())))
            .findFirst()
            .map(b -> describe(b, api, report, formats))
            .orElse(null);
    }

    private static String describe(BreakEvenRow b, ApiOption api, CostReport report, Formats formats) {
        String against = api.label() + (api.isRetired() ? " (retired, its last price)" : "");
        if (b.isAlways()) {
            return "cheaper than " + against + " at every volume";
        }
        if (b.getVolume() == null) {
            return "against " + against + ": " + b.getReason();
        }
        boolean above = b.getVolume().compareTo(report.workload().totalTokens()) <= 0;
        return "breaks even with " + against + " at " + formats.compact(b.getVolume()) + " tokens a month; "
                + "your workload is " + (above ? "above" : "below") + " it";
    }
}
