package com.llmcompare.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The one place numbers and money are written for people: pages (called from templates as
 * {@code @formats}), charts, CSV notes and messages. Missing values are written as missing, never as
 * zero. Money is rounded here for display only; the arithmetic keeps every digit.
 */
@Component("formats")
public class Formats {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    /**
     * Parsed patterns, one set per thread (a DecimalFormat is not thread-safe): parsing a pattern costs more
     * than formatting with it, and a page formats hundreds of figures.
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> PATTERNS = ThreadLocal.withInitial(HashMap::new);

    private static DecimalFormat decimal(String pattern) {
        return PATTERNS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, US));
    }

    /** 70e9 → "70B", 1.76e12 → "1.76T", 340e6 → "340M". */
    public String count(Double value) {
        if (value == null) {
            return null;
        }
        double v = value;
        if (v >= 1e12) {
            return trim(v / 1e12) + "T";
        }
        if (v >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        return grouped(v);
    }

    /** 8192 → "8,192". */
    public String grouped(Number value) {
        if (value == null) {
            return null;
        }
        return decimal("#,##0.###").format(value);
    }

    /** A score in its unit: 86.4 → "86.4%", 4.41 → "4.41". */
    public String score(Double value, boolean percent) {
        if (value == null) {
            return null;
        }
        return trim(value) + (percent ? "%" : "");
    }

    /** A price in USD, with as many decimals as it needs: 30 → "$30", 0.0015 → "$0.0015". */
    public String usd(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return "$" + decimal("#,##0").format(plain);
        }
        if (plain.scale() == 1) {
            plain = plain.setScale(2, RoundingMode.UNNECESSARY);
        }
        return "$" + decimal("#,##0." + "0".repeat(plain.scale())).format(plain);
    }

    /** Money rounded to cents for display: 90 → "$90.00". */
    public String cents(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return "$" + decimal("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** To the cent, or two significant digits under a cent so a small cost does not read $0.00: "$0.0014". */
    public String usdPrecise(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() == 0 || amount.abs().compareTo(ONE_CENT) >= 0) {
            return cents(amount);
        }
        String digits = amount.abs().round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
        return (amount.signum() < 0 ? "-$" : "$") + digits;
    }

    /** A cost per request: to the cent from $1, else four significant digits ("$0.042", "$0.001428"). */
    public String usdPerRequest(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() == 0 || amount.abs().compareTo(BigDecimal.ONE) >= 0) {
            return cents(amount);
        }
        return "$" + amount.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /** A count to the whole unit: 15218750.4 → "15,218,750". */
    public String tokens(Number count) {
        if (count == null) {
            return null;
        }
        BigDecimal value = count instanceof BigDecimal decimal ? decimal : new BigDecimal(count.toString());
        return decimal("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** A plain decimal with up to {@code decimals} places: 1.19, 50, 0.5. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return null;
        }
        return decimal("#,##0." + "#".repeat(decimals)).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A multiple to two decimals: "2.00×". */
    public String multiple(BigDecimal value) {
        return value == null ? null
                : decimal("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP)) + "×";
    }

    /** A ratio as more or less: 1.10 → "10% more", 0.752 → "25% less". */
    public String moreOrLess(BigDecimal ratio) {
        if (ratio == null) {
            return null;
        }
        BigDecimal percent = ratio.subtract(BigDecimal.ONE).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        if (percent.signum() == 0) {
            return "the same";
        }
        return percent.abs().toPlainString() + "% " + (percent.signum() > 0 ? "more" : "less");
    }

    /** A large count in short form, for axes and labels: 1,000 → "1K", 1.89e8 → "189M", 2.5e12 → "2.5T". */
    public String compact(double value) {
        String[] units = { "", "K", "M", "B", "T", "Q" };
        int unit = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 1000 && unit < units.length - 1) {
            scaled /= 1000;
            unit++;
        }
        return shortDecimal(scaled) + units[unit];
    }

    /** The same for a decimal count, or null. */
    public String compact(BigDecimal value) {
        return value == null ? null : compact(value.doubleValue());
    }

    /** A dollar amount in short form for an axis: $0.01, $1, $10K, $1M. */
    public String compactUsd(double value) {
        return "$" + (value < 1000 ? shortDecimal(value) : compact(value));
    }

    /** Two significant digits under 1, else two decimals under 10, one under 100, none above; no trailing zeros. */
    private static String shortDecimal(double value) {
        if (value > 0 && value < 1) {
            return BigDecimal.valueOf(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        }
        // BigDecimal rather than String.format and two regular expressions: axis labels are drawn per request
        return BigDecimal.valueOf(value)
            .setScale(value < 10 ? 2 : value < 100 ? 1 : 0, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    }

    private static String trim(double v) {
        return decimal("0.##").format(v);
    }
}
