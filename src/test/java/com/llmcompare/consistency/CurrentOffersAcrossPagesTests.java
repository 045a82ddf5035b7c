package com.llmcompare.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;
import com.llmcompare.cost.CostForm;
import com.llmcompare.web.Formats;

/**
 * Every page, JSON answer and CSV names the same current offers and the same cheapest price as the one
 * rule ({@link Offers}), for every model of the real data set, on the tests' day (2026-11-23).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional(readOnly = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurrentOffersAcrossPagesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final Formats FORMATS = new Formats();

    @Autowired
    MockMvc mvc;

    @Autowired
    LanguageModelRepository models;

    @Autowired
    PriceRepository prices;

    private List<LanguageModel> all;

    private Map<String, Offers> offers;

    @BeforeAll
    void readTheRule() {
        all = models.findAllByOrderByNameAsc();
        offers = Offers.byModel(all, prices.findAllByOrderByValidFromDesc(), TODAY);
    }

    @Test
    void theModelPageAndItsJsonMarkTheSameOffersCurrent() throws Exception {
        for (LanguageModel model : all) {
            Offers rule = offers.get(model.getSlug());
            List<Price> modelPrices = prices.findByModel_SlugOrderByValidFromDesc(model.getSlug());
            Set<String> current = modelPrices.stream()
                .filter(rule::isCurrent)
                .map(Price::getId)
                .collect(Collectors.toSet());

            String json = body("/api/models/" + model.getSlug());
            List<String> jsonCurrent = JsonPath.read(json, "$.prices[?(@.current == true)].id");
            assertThat(new HashSet<>(jsonCurrent)).as(model.getSlug() + " on /api/models/{slug}").isEqualTo(current);
            for (Price price : modelPrices) {
                List<String> status = JsonPath.read(json, "$.prices[?(@.id == '" + price.getId() + "')].status");
                assertThat(status).as(price.getId()).containsExactly(rule.statusOf(price).label());
            }

            var page = Jsoup.parse(body("/models/" + model.getSlug()));
            assertThat(page.select("#prices-table span.badge-ok:containsOwn(current)"))
                .as(model.getSlug() + " on /models/{slug}")
                .hasSize(current.size());
            assertThat(page.select("#fact-lifecycle > span").first().text()).isEqualTo(rule.lifecycle().label());
        }
    }

    @Test
    void theCatalogueAndItsJsonShowTheRulesCheapestCurrentPrice() throws Exception {
        String json = body("/api/models?status=all");
        var page = Jsoup.parse(body("/models?status=all&page=1")).select("#catalogue tbody tr");
        for (int next = 2; page.size() < all.size() && next <= 10; next++) {
            page.addAll(Jsoup.parse(body("/models?status=all&page=" + next)).select("#catalogue tbody tr"));
        }
        assertThat(page).hasSize(all.size());
        for (LanguageModel model : all) {
            Optional<Price> cheapest = offers.get(model.getSlug()).cheapest();
            List<String> id = JsonPath.read(json, "$[?(@.slug == '" + model.getSlug() + "')].cheapestCurrentPrice.id");
            assertThat(id).as(model.getSlug() + " on /api/models").isEqualTo(cheapest.map(Price::getId).stream().toList());
            List<String> lifecycle = JsonPath.read(json, "$[?(@.slug == '" + model.getSlug() + "')].lifecycle");
            assertThat(lifecycle).containsExactly(offers.get(model.getSlug()).lifecycle().label());

            String row = page.stream()
                .filter(tr -> tr.select("input[name=models]").attr("value").equals(model.getSlug()))
                .findFirst()
                .orElseThrow()
                .text();
            assertThat(row).as(model.getSlug() + " on /models").contains(cheapest
                .map(p -> FORMATS.usd(p.getInputPerMillion()) + " / " + FORMATS.usd(p.getOutputPerMillion()))
                .orElse("no current API price"));
        }
        // the default leaves retired models out, and only them
        long available = all.stream().filter(m -> !offers.get(m.getSlug()).lifecycle().isRetired()).count();
        List<String> listed = JsonPath.read(body("/api/models"), "$[*].slug");
        assertThat(listed).hasSize((int) available);
    }

    @Test
    void compareShowsTheSameCheapestPriceOrTheRetiredModelsLastListPrice() throws Exception {
        for (LanguageModel model : all) {
            Offers rule = offers.get(model.getSlug());
            String other = model.getSlug().equals("llama-2-70b") ? "gpt-4" : "llama-2-70b";
            String json = body("/api/compare?models=" + model.getSlug() + "," + other);
            List<String> text = JsonPath.read(json,
                    "$.sections[?(@.id == 'prices')].rows[?(@.id == 'price-input')].values[?(@.model == '"
                            + model.getSlug() + "')].text");
            Optional<Price> shown = rule.lifecycle().isRetired() ? rule.cheapestToPrice() : rule.cheapest();
            if (shown.isPresent()) {
                assertThat(text).as(model.getSlug() + " on /api/compare")
                    .containsExactly(FORMATS.usd(shown.get().getInputPerMillion()));
            }
        }
    }

    @Test
    void theCalculatorItsJsonAndItsCsvPriceTheRulesOffers() throws Exception {
        for (LanguageModel model : all) {
            Set<String> toPrice = offers.get(model.getSlug()).toPrice().stream().map(Price::getId)
                .collect(Collectors.toSet());
            String query = "?models=" + model.getSlug();

            List<String> apiIds = JsonPath.read(body("/api/cost" + query), "$.api[*].priceId");
            assertThat(new HashSet<>(apiIds)).as(model.getSlug() + " on /api/cost").isEqualTo(toPrice);

            var rows = Jsoup.parse(body("/cost" + query)).select("#api-costs tbody tr[data-price]");
            assertThat(rows.stream().map(tr -> tr.attr("data-price")).collect(Collectors.toSet()))
                .as(model.getSlug() + " on /cost")
                .isEqualTo(toPrice);

            assertThat(csvPriceIds(body("/cost.csv" + query))).as(model.getSlug() + " on /cost.csv").isEqualTo(toPrice);
        }
    }

    @Test
    void theDecisionHelperPricesEachModelAtOneOfTheRulesCheapestOffers() throws Exception {
        // 1M input tokens and no output: the cheapest offer at this workload has the lowest input price
        var page = Jsoup.parse(body("/open-vs-closed?status=all&include=non-generative&cost=5&privacy=0&customization=0&transparency=0"
                + "&support=0&quality=0&license=0&inputTokens=1000000&outputTokens=0"));
        for (LanguageModel model : all) {
            Optional<Price> cheapest = offers.get(model.getSlug()).cheapestToPrice();
            var cell = page.select("tr#rank-" + model.getSlug().replace(".", "\\.") + " td[data-priority=cost]");
            assertThat(cell).as(model.getSlug() + " ranked").hasSize(1);
            if (cheapest.isPresent()) {
                assertThat(cell.text()).as(model.getSlug() + " on /open-vs-closed")
                    .contains(FORMATS.usd(cheapest.get().getInputPerMillion()) + " / ");
            }
        }
    }

    @Test
    void readyComparisonsSuggestOnlyModelsThatCanStillBeUsed() throws Exception {
        Set<String> retired = all.stream()
            .filter(m -> offers.get(m.getSlug()).lifecycle().isRetired())
            .map(LanguageModel::getSlug)
            .collect(Collectors.toSet());
        assertThat(retired).contains("gpt-4", "claude-2");
        var home = Jsoup.parse(body("/")).select("a[href^=/compare?models=]");
        assertThat(home).isNotEmpty();
        for (var link : home) {
            assertThat(slugsOf(link.attr("href"))).as("home: " + link.text()).doesNotContainAnyElementsOf(retired);
        }
        for (LanguageModel model : all) {
            for (var link : Jsoup.parse(body("/models/" + model.getSlug())).select("a[href^=/compare?models=]")) {
                List<String> others = new ArrayList<>(slugsOf(link.attr("href")));
                others.remove(model.getSlug());
                assertThat(others).as(model.getSlug() + ": " + link.text()).doesNotContainAnyElementsOf(retired);
            }
        }
    }

    private static List<String> slugsOf(String compareUrl) {
        return List.of(compareUrl.replaceFirst("^/compare\\?models=", "").replaceFirst("&.*", "").split(","));
    }

    @Test
    void theCalculatorsDefaultModelsCanStillBeBought() {
        for (String slug : CostForm.DEFAULT_MODELS) {
            assertThat(offers.get(slug).lifecycle().isRetired()).as(slug).isFalse();
        }
        assertThat(CostForm.DEFAULT_MODELS.stream().filter(slug -> !offers.get(slug).toPrice().isEmpty()))
            .as("priced defaults")
            .hasSizeGreaterThanOrEqualTo(3);
    }

    private String body(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    /** The price ids of the CSV's API rows. */
    private static Set<String> csvPriceIds(String csv) {
        List<List<String>> rows = parseCsv(csv);
        int option = rows.get(0).indexOf("option");
        int priceId = rows.get(0).indexOf("price_id");
        return rows.subList(1, rows.size())
            .stream()
            .filter(row -> row.size() > priceId && row.get(option).equals("api") && !row.get(priceId).isEmpty())
            .map(row -> row.get(priceId))
            .collect(Collectors.toSet());
    }

    /** RFC 4180: cells in double quotes may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            }
            else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            }
            else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
