package com.llmcompare.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.llmcompare.cost.CostReport.ApiOption;
import com.llmcompare.cost.CostReport.SelfHosting;
import com.llmcompare.cost.CostReport.Unpriced;

/**
 * The calculator's result table as CSV (RFC 4180): one row per API offer, sorted by monthly cost as
 * on the page, then the self-hosting options and the models that could not be priced. Money to the
 * cent, as the page shows it.
 */
final class CostCsv {

    private static final List<String> HEADER = List.of("option", "model", "name", "provider", "offer", "price_id",
            "input_usd_per_1m", "output_usd_per_1m", "input_usd_per_1k", "output_usd_per_1k", "tokenizer_multiplier",
            "monthly_usd", "per_request_usd", "multiple_of_cheapest", "retired", "price_valid_from",
            "price_last_checked", "price_age_days", "note", "sources");

    private CostCsv() {
    }

    static String of(CostReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ApiOption o : report.apiOptions()) {
            List<String> notes = new ArrayList<>();
            if (o.retirement() != null) {
                notes.add(o.retirement().getWarning());
            }
            if (o.isOld()) {
                notes.add("price " + o.age().text());
            }
            if (o.contextWarning() != null) {
                notes.add(o.contextWarning());
            }
            if (o.isInputOverridden() || o.isOutputOverridden() || o.isUserPrice()) {
                notes.add("your price");
            }
            // what the bill could not apply as asked, and the batch discount taken, as the page says them
            List<String> sources = new ArrayList<>(o.sourceIds());
            if (o.bill() != null) {
                notes.addAll(o.bill().notes());
                if (o.bill().batchSaving().signum() != 0 && !sources.contains(o.price().batch().sourceId())) {
                    sources.add(o.price().batch().sourceId());
                }
            }
            rows.add(List.of("api", o.modelSlug(), o.modelName(), orEmpty(o.provider()), o.offer(),
                    orEmpty(o.priceId()), plain(o.price().inputPer1M()), plain(o.price().outputPer1M()),
                    plain(o.getInputPer1K()), plain(o.getOutputPer1K()), plain(o.tokenizerMultiplier()),
                    Money.cents(o.cost().monthly()).toPlainString(),
                    o.cost().perRequest() == null ? "" : plain(o.cost().perRequest()),
                    o.multipleOfCheapest() == null ? ""
                            : o.multipleOfCheapest().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    String.valueOf(o.isRetired()), orEmpty(o.validFrom()), orEmpty(o.lastChecked()),
                    o.age() == null ? "" : String.valueOf(o.age().days()), String.join("; ", notes),
                    String.join(" ", sources)));
        }
        for (SelfHosting h : report.selfHosting()) {
            String setup = h.gpuCount() + " × " + h.gpuType() + " at " + h.sizing().precision().label();
            String sources = String.join(" ", java.util.stream.Stream.of(h.gpuHourlyDefault() == null ? null
                    : h.gpuHourlyDefault().sourceId(), h.perGpuDefault().sourceId(), h.gpuMemory().sourceId(),
                    h.architectureSourceId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
            String measured = h.measured() == null ? ""
                    : "; throughput " + (h.measured().isUpperBound() ? "an upper bound (maximum-throughput table)"
                            : "a serving benchmark") + ": " + h.measured().run().figures().engine() + ", "
                            + h.measured().run().getEntry();
            rows.add(hosted("self-hosted always-on", h, setup, h.cost().alwaysOnMonthly(),
                    "730 hours at $" + plain(h.gpuHourlyUsd()) + " per GPU-hour; " + h.sizing().working() + measured,
                    sources));
            rows.add(hosted("self-hosted on demand", h, setup, h.cost().onDemandMonthly(),
                    plain(h.cost().onDemandHours().setScale(2, RoundingMode.HALF_UP)) + " hours at "
                            + plain(h.tokensPerSecond()) + " tokens/s and " + plain(h.utilization()) + "% utilization"
                            + measured,
                    sources));
        }
        for (Unpriced u : report.unpriced()) {
            List<String> row = new ArrayList<>(blank());
            row.set(0, "no price");
            row.set(1, u.modelSlug());
            row.set(2, u.modelName());
            row.set(14, String.valueOf(u.retirement() != null));
            row.set(18, u.reason());
            row.set(19, String.join(" ", u.sourceIds()));
            rows.add(row);
        }
        return rows.stream().map(CostCsv::line).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> hosted(String option, SelfHosting h, String setup, BigDecimal monthly, String note,
            String sources) {
        List<String> row = new ArrayList<>(blank());
        row.set(0, option);
        row.set(1, h.modelSlug());
        row.set(2, h.modelName());
        row.set(4, setup);
        row.set(10, plain(h.tokenizerMultiplier()));
        row.set(11, Money.cents(monthly).toPlainString());
        row.set(18, note);
        row.set(19, sources);
        return row;
    }

    private static List<String> blank() {
        List<String> row = new ArrayList<>();
        HEADER.forEach(column -> row.add(""));
        return row;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CostCsv::cell).collect(Collectors.joining(","));
    }

    /** Quoted where needed; a leading =, +, - or @ is defused so that a spreadsheet does not run it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String plain(BigDecimal value) {
        return CostJson.exact(value).toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
