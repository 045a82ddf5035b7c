package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.llmcompare.core.benchmark.BenchmarkRepository;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.model.LicenseRepository;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.cost.CostField;
import com.llmcompare.models.CatalogueQuery;

/**
 * Walks every parameter of every page and API endpoint over its whole valid domain (every release year in
 * the data, every sort key, every filter value, every slug, each calculator field's bounds and default),
 * then over hostile values: valid values answer 200 (or a redirect to the canonical address), nothing
 * answers 5xx. The parameters come from the controllers' own bindings ({@code @RequestParam}, the form
 * objects' properties, {@link CostField}), so a parameter added without a domain here fails the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParameterDomainWalkTests {

    private static final List<String> HOSTILE = List.of("-1", "1e308", "99999999999999999999999", "abc",
            "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(3_000), "\r\nSet-Cookie: x=1");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    LanguageModelRepository models;

    @Autowired
    LicenseRepository licenses;

    @Autowired
    BenchmarkRepository benchmarks;

    @Test
    void everyParameterOverItsValidDomainAnswersWithoutAServerError() throws Exception {
        Map<String, List<String>> domains = validDomains();
        Map<String, List<String>> endpoints = endpoints();
        assertThat(endpoints).containsKeys("/models", "/api/models", "/open-vs-closed", "/cost", "/api/cost",
                "/compare", "/models/{slug}");
        int sent = 0;
        for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
            for (String url : urls(endpoint.getKey(), domains)) {
                for (String parameter : endpoint.getValue()) {
                    List<String> domain = domains.getOrDefault(endpoint.getKey() + " " + parameter,
                            domains.get(parameter));
                    assertThat(domain).as("valid domain of %s on %s", parameter, endpoint.getKey()).isNotNull();
                    for (String value : domain) {
                        MockHttpServletResponse response = mvc.perform(get(url).param(parameter, value))
                            .andReturn()
                            .getResponse();
                        assertThat(response.getStatus()).as("%s?%s=%s", url, parameter, value).isIn(200, 301);
                        sent++;
                    }
                    for (String value : HOSTILE) {
                        MockHttpServletResponse response = mvc.perform(get(url).param(parameter, value))
                            .andReturn()
                            .getResponse();
                        assertThat(response.getStatus()).as("%s?%s=%s", url, parameter, value).isLessThan(500);
                        if (value.contains("<") && response.getContentType() != null
                                && response.getContentType().contains("html")) {
                            assertThat(response.getContentAsString()).doesNotContain(value);
                        }
                        sent++;
                    }
                }
                if (endpoint.getValue().isEmpty()) {
                    // /cost/measure's GET goes back to the calculator
                    assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url)
                        .isIn(200, 301, url.equals("/cost/measure") ? 302 : 301);
                    sent++;
                }
            }
        }
        assertThat(sent).isGreaterThan(1_000);
    }

    /** The URLs of an endpoint: every slug its path variable can take. */
    private List<String> urls(String pattern, Map<String, List<String>> domains) {
        if (!pattern.contains("{")) {
            return List.of(pattern);
        }
        String variable = pattern.substring(pattern.indexOf('{') + 1, pattern.indexOf('}'));
        List<String> values = pattern.startsWith("/compare/") ? List.of("gpt-4-vs-llama-2-70b")
                : pattern.contains("benchmarks") ? domains.get("benchmark") : domains.get("modelSlug");
        return values.stream().map(value -> pattern.replace("{" + variable + "}", value)).toList();
    }

    /** Each GET endpoint of the site with the parameters its handler binds, read from the handler itself. */
    private Map<String, List<String>> endpoints() {
        Map<String, List<String>> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            java.util.Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    entry.getKey().getMethodsCondition().getMethods();
            if (!handler.getBeanType().getPackageName().startsWith("com.llmcompare")
                    || entry.getKey().getPatternValues().contains("/error")
                    || (!methods.isEmpty() && !methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET))) {
                // the one POST (/cost/measure) has its own domain walk: MeasurePagesTests
                continue;
            }
            List<String> parameters = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null && parameter.getParameterType() == MultiValueMap.class) {
                    parameters.add("models");
                    parameters.add("basis");
                    parameters.add("asOf");
                    Arrays.stream(CostField.values()).map(field -> field.param("gpt-5.5")).forEach(parameters::add);
                    parameters.add("gpu.llama-3.3-70b-instruct");
                    parameters.add("precision.llama-3.3-70b-instruct");
                }
                else if (requestParam != null) {
                    parameters.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
                }
                else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                    Stream.of(BeanUtils.getPropertyDescriptors(parameter.getParameterType()))
                        .filter(property -> property.getWriteMethod() != null)
                        .map(PropertyDescriptor::getName)
                        .forEach(parameters::add);
                }
                else if (!parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                }
            }
            entry.getKey().getPatternValues().forEach(pattern -> endpoints.put(
                    pattern.replace("{pair:.+-vs-.+}", "{pair}"), parameters));
        }
        return endpoints;
    }

    /** Every value each parameter may validly take, from the data set and the query objects. */
    private Map<String, List<String>> validDomains() {
        List<LanguageModel> all = models.findAllByOrderByNameAsc();
        Map<String, List<String>> domains = new LinkedHashMap<>();
        domains.put("modelSlug", all.stream().map(LanguageModel::getSlug).toList());
        domains.put("benchmark", benchmarks.findAll().stream().map(b -> b.getSlug()).sorted().toList());
        List<String> years = new ArrayList<>(new TreeSet<>(all.stream()
            .map(LanguageModel::getReleaseYear)
            .filter(year -> year != null)
            .map(String::valueOf)
            .toList()));
        years.addAll(List.of("2019", "2030", ""));
        domains.put("year", years);
        domains.put("sort", Arrays.stream(CatalogueQuery.Sort.values()).map(sort -> sort.name().toLowerCase()).toList());
        domains.put("dir", List.of("asc", "desc"));
        domains.put("basis", List.of("month", "request", ""));
        // from the first day of the data set's prices to today (the tests' clock: 2026-11-23)
        domains.put("asOf", List.of("2023-01-01", "2024-06-30", "2026-11-23", ""));
        domains.put("mix", List.of("3:1", "1:1", "0:1", "1:0", "1000:1", "10:3", ""));
        domains.put("openness", Arrays.stream(OpennessLevel.values()).map(OpennessLevel::getSlug).toList());
        domains.put("license", licenses.findAll().stream().map(l -> l.getSlug()).sorted().toList());
        domains.put("vendor", all.stream().map(m -> m.getVendor().getSlug()).distinct().sorted().toList());
        domains.put("q", List.of("gpt", "Llama 2", "claude", "nothing-matches"));
        domains.put("page", List.of("1", "2", "9"));
        domains.put("minScore", List.of("0", "0.25", "0.5", "1"));
        domains.put("include", List.of("", "non-generative"));
        domains.put("status", List.of("available", "all"));
        domains.put("models", List.of("gpt-4,llama-2-70b", "claude-sonnet-5,gpt-5.5,llama-3.3-70b-instruct",
                "bard,palm-2", "bert-large,t5-11b,bloom,falcon-180b,gpt-4-32k,claude-2"));
        domains.put("diff", List.of("1", "0", ""));
        // the quality chart's benchmark: the index and each headline one, or blank for the index
        List<String> charts = new ArrayList<>(benchmarks.findAll().stream()
            .filter(b -> b.isIndex() || b.isHeadline())
            .map(b -> b.getSlug())
            .sorted()
            .toList());
        charts.add("");
        domains.put("chart", charts);
        // the decision helper's weights; "license" there is a weight, on /models a licence slug
        for (String weight : List.of("cost", "privacy", "customization", "transparency", "support", "quality",
                "license")) {
            domains.put("/open-vs-closed " + weight, List.of("0", "1", "2", "3", "4", "5", ""));
        }
        domains.put("inputTokens", List.of("0", "1", "1000000", "10000000000000"));
        domains.put("outputTokens", List.of("0", "1", "1000000", "10000000000000"));
        // with the default 1,200 tokens a request, more than about 273,800 requests a day exceed 10^13 a month
        domains.put("requestsPerDay", List.of("0", "1", "1000", "273000", ""));
        // reasoning is output too: with the default 1,000,000 output tokens a month, 10^13 - 10^6 is its top
        domains.put("reasoningTokens", List.of("0", "1", "9999999000000", ""));
        // its top, 10^7 a request, stays within 10^13 a month at the default 1,000 requests a day
        domains.put("reasoningTokensPerRequest", List.of("0", "1", "800", "10000000", ""));
        // every GPU of the data set (a pick the model was not measured on is said so, not refused) and precision
        domains.put("gpu.llama-3.3-70b-instruct", List.of("h100", "h200", "b200", "gb200", "rtx-pro-6000", "l4", "a10g",
                "a100-80gb", "mi300x", "mi325x", "mi355x", ""));
        domains.put("precision.llama-3.3-70b-instruct", Arrays.stream(com.llmcompare.core.cost.Precision.values())
            .map(com.llmcompare.core.cost.Precision::label).toList());
        for (CostField field : CostField.values()) {
            List<String> values = new ArrayList<>();
            values.add(field.isMinExclusive() ? "1" : field.getMin().toPlainString());
            values.add(field.getMax().toPlainString());
            if (field.getDefaultValue() != null) {
                values.add(field.getDefaultValue().toPlainString());
            }
            values.add("");
            domains.merge(field.param("gpt-5.5"), values, (a, b) -> a);
        }
        return domains;
    }
}
