package com.llmcompare.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON problem in the words of the data files, never of the Java classes behind them: where it is (line
 * and column) and what the field should hold ("a whole number", not {@code java.lang.Integer}).
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JacksonException ex) {
        String where = where(ex.getLocation());
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + where;
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + kind(mismatch.getTargetType()) + where;
        }
        if (ex instanceof StreamReadException) {
            return "is not valid JSON" + where + ": " + withoutClassNames(ex.getOriginalMessage());
        }
        return withoutClassNames(ex.getOriginalMessage()) + where;
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What a field of this type holds, in the data files' words. */
    static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.getName().startsWith("com.llmcompare")) {
            return "an object";
        }
        return "a value of another kind";
    }

    /** Jackson's own messages quote Java types in backticks; the data files know no such thing. */
    static String withoutClassNames(String message) {
        if (message == null) {
            return "cannot be read";
        }
        return message.replaceAll("`[\\w.$\\[\\]<>, ]+`", "a value")
            .replaceAll("\\((class|through reference chain:) [^)]*\\)", "")
            .replaceAll("com\\.llmcompare\\.[\\w.$]+", "an entry")
            .replaceAll("\\s+", " ")
            .trim();
    }
}
