package com.llmcompare.models;

import com.llmcompare.core.price.TokenMix;

import com.llmcompare.core.model.Slug;

import com.llmcompare.core.openness.OpennessLevel;

import com.llmcompare.core.model.Lifecycle;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.llmcompare.web.BadRequestException;

/**
 * The catalogue's filters and sort order, as query parameters: every state of the table is a
 * link. Values are checked here; a bad one is a 400 that names the parameter.
 */
public record CatalogueQuery(OpennessLevel openness, String license, String vendor, String q, Integer year,
        Double minScore, Sort sort, boolean descending, int page, boolean includeRetired, TokenMix mix) {

    private static final int MAX_QUERY_LENGTH = 100;

    /** Rows per page of the catalogue: the table stays readable with hundreds of models. */
    public static final int PAGE_SIZE = 50;

    /** The columns the catalogue sorts by. */
    public enum Sort {

        /** {@code price}: the cheapest input price; {@code blended}: the price at the query's mix; {@code quality}: the index. */
        NAME, VENDOR, RELEASE, PARAMETERS, CONTEXT, PRICE, BLENDED, QUALITY, OPENNESS;

        String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(String value) {
            return Arrays.stream(values()).filter(sort -> sort.slug().equals(value)).findFirst().orElse(null);
        }
    }

    public static CatalogueQuery of(String openness, String license, String vendor, String q, String sort,
            String dir) {
        return of(openness, license, vendor, q, null, sort, dir, null, null, null);
    }

    /**
     * @param minScore the lowest openness-audit score shown, 0 to 1
     * @param status {@code available} (the default: models that can still be used, deprecated ones included)
     *     or {@code all} (retired ones too)
     */
    public static CatalogueQuery of(String openness, String license, String vendor, String q, String year,
            String sort, String dir, String page, String minScore, String status) {
        return of(openness, license, vendor, q, year, sort, dir, page, minScore, status, null);
    }

    /** @param mix the input:output tokens of {@code sort=blended} and the blended price column, 3:1 when blank */
    public static CatalogueQuery of(String openness, String license, String vendor, String q, String year,
            String sort, String dir, String page, String minScore, String status, String mix) {
        OpennessLevel level = null;
        if (present(openness)) {
            level = OpennessLevel.fromSlug(openness.trim());
            if (level == null) {
                throw new BadRequestException("openness",
                        "openness must be one of open-source, open-weights or closed");
            }
        }
        Sort order = Sort.NAME;
        if (present(sort)) {
            order = Sort.of(sort.trim());
            if (order == null) {
                throw new BadRequestException("sort",
                        "sort must be one of name, vendor, release, parameters, context, price (the cheapest "
                                + "input price), blended (the price at mix), quality (the capabilities index) or "
                                + "openness (level, then openness score)");
            }
        }
        boolean descending = false;
        if (present(dir)) {
            if (!dir.trim().equals("asc") && !dir.trim().equals("desc")) {
                throw new BadRequestException("dir", "dir must be asc or desc");
            }
            descending = dir.trim().equals("desc");
        }
        if (present(q) && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return new CatalogueQuery(level, slugOrNull("license", license), slugOrNull("vendor", vendor),
                present(q) ? q.trim() : null, year(year), score(minScore), order, descending, page(page),
                includeRetired(status), mix(mix));
    }

    private static TokenMix mix(String value) {
        try {
            return TokenMix.parse(value);
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException("mix", ex.getMessage());
        }
    }

    private static boolean includeRetired(String status) {
        if (!present(status) || status.trim().equals("available")) {
            return false;
        }
        if (status.trim().equals("all")) {
            return true;
        }
        throw new BadRequestException("status",
                "status must be available (models that can still be used, the default) or all (retired ones too)");
    }

    /** Whether a model in this lifecycle is listed: retired models only with {@code status=all}. */
    public boolean includes(Lifecycle lifecycle) {
        return includeRetired || !lifecycle.isRetired();
    }

    private static Double score(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            double score = Double.parseDouble(value.trim());
            if (score >= 0 && score <= 1) {
                return score;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw new BadRequestException("minScore",
                "minScore must be a number from 0 to 1 (the openness score: 0 all closed, 1 all open), e.g. 0.5");
    }

    private static Integer year(String value) {
        if (!present(value)) {
            return null;
        }
        String year = value.trim();
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1950 || Integer.parseInt(year) > 2100) {
            throw new BadRequestException("year", "year must be a release year such as 2023");
        }
        return Integer.valueOf(year);
    }

    private static int page(String value) {
        if (!present(value)) {
            return 1;
        }
        String page = value.trim();
        if (!page.matches("\\d{1,4}") || Integer.parseInt(page) < 1) {
            throw new BadRequestException("page", "page must be a page number from 1");
        }
        return Integer.parseInt(page);
    }

    private static String slugOrNull(String parameter, String value) {
        if (!present(value)) {
            return null;
        }
        String slug = value.trim().toLowerCase(Locale.ROOT);
        if (!Slug.isValid(slug)) {
            throw new BadRequestException(parameter, parameter + " must be a slug such as "
                    + ("license".equals(parameter) ? "apache-2.0 or llama-2-community" : "meta or openai"));
        }
        return slug;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public boolean isFiltered() {
        return openness != null || license != null || vendor != null || q != null || year != null
                || minScore != null || includeRetired;
    }

    /** The query parameters of this state, with one value changed (null removes it). */
    public Map<String, String> params(String changedKey, String changedValue) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openness", openness == null ? null : openness.getSlug());
        params.put("license", license);
        params.put("vendor", vendor);
        params.put("q", q);
        params.put("year", year == null ? null : year.toString());
        params.put("minScore", minScore == null ? null : java.math.BigDecimal.valueOf(minScore).stripTrailingZeros()
            .toPlainString());
        params.put("sort", sort == Sort.NAME ? null : sort.slug());
        params.put("dir", descending ? "desc" : null);
        params.put("page", page == 1 ? null : Integer.toString(page));
        params.put("status", includeRetired ? "all" : null);
        params.put("mix", mix.equals(TokenMix.DEFAULT) ? null : mix.text());
        if (changedKey != null) {
            params.put(changedKey, changedValue);
            if (!"page".equals(changedKey)) {
                params.remove("page");
            }
        }
        params.values().removeIf(value -> value == null);
        return params;
    }

    /** The link that sorts by a column: ascending first, descending when already sorted by it. */
    public String sortLink(String column) {
        Sort target = Sort.of(column);
        Map<String, String> params = params("sort", target == Sort.NAME ? null : column);
        params.remove("dir");
        if (target == sort && !descending) {
            params.put("dir", "desc");
        }
        return link(params);
    }

    public String link(Map<String, String> params) {
        StringBuilder url = new StringBuilder("/models");
        params.forEach((key, value) -> url.append(url.indexOf("?") < 0 ? '?' : '&')
            .append(key)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** The link to another page of the same rows. */
    public String pageLink(int number) {
        return link(params("page", number == 1 ? null : Integer.toString(number)));
    }

    public String getSortSlug() {
        return sort.slug();
    }
}
