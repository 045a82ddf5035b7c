package com.llmcompare.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.llmcompare.cost.CostReport.ApiOption;

/**
 * One model's API offers for a workload: the one its row shows and the others, folded under it. The row
 * shows the model's cheapest offer whose context window holds one request (a cheaper one that cannot run
 * the workload is no answer), or its cheapest when none does.
 *
 * @param shown the offer the model's row shows
 * @param others the model's other offers, cheapest first
 */
public record ModelOffers(ApiOption shown, List<ApiOption> others) {

    public boolean fits() {
        return shown.contextWarning() == null;
    }

    /**
     * Groups offers ranked cheapest first by model; the groups are ordered by the shown offer's monthly
     * cost, so the first row is the cheapest model that can run the workload at that price.
     */
    static List<ModelOffers> group(List<ApiOption> ranked) {
        Map<String, List<ApiOption>> byModel = new LinkedHashMap<>();
        for (ApiOption o : ranked) {
            byModel.computeIfAbsent(o.modelSlug(), slug -> new ArrayList<>()).add(o);
        }
        List<ModelOffers> groups = new ArrayList<>();
        for (List<ApiOption> offers : byModel.values()) {
            ApiOption shown = offers.stream().filter(o -> o.contextWarning() == null).findFirst().orElse(offers.get(0));
            groups.add(new ModelOffers(shown, offers.stream().filter(o -> o != shown).toList()));
        }
        groups.sort(Comparator.comparing((ModelOffers g) -> g.shown().cost().monthly())
            .thenComparing(g -> g.shown().modelName()));
        return List.copyOf(groups);
    }
}
