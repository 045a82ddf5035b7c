package com.llmcompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The focus ring stands out from the page at 3:1 or more (WCAG 1.4.11, non-text contrast), in the light
 * scheme and the dark one: read from site.css itself, on the page's background and on the panels' (the
 * header, cards) where focusable things sit too.
 */
class FocusRingContrastTests {

    @Test
    void theFocusRingReachesThreeToOneOnEveryBackgroundInBothSchemes() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/static/css/site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        String light = css.substring(0, dark);
        String darkScheme = css.substring(dark);
        for (String scheme : new String[] { light, darkScheme }) {
            String focus = colour(scheme, "focus");
            for (String background : new String[] { "bg", "panel" }) {
                assertThat(contrast(focus, colour(scheme, background)))
                    .as("--focus %s on --%s %s", focus, background, colour(scheme, background))
                    .isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
        // the ring this replaced: too faint on white
        assertThat(contrast("#f5a300", "#ffffff")).isLessThan(3.0);
    }

    private static String colour(String scheme, String property) {
        Matcher m = Pattern.compile("--" + property + ":\\s*(#[0-9a-fA-F]{6})").matcher(scheme);
        assertThat(m.find()).as("--%s declared", property).isTrue();
        return m.group(1);
    }

    /** WCAG 2: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, the lighter over the darker. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = { 0.2126, 0.7152, 0.0722 };
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
