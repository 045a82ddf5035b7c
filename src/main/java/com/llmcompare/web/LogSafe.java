package com.llmcompare.web;

/**
 * Request data made safe to put in a log line: control characters (CR and LF above all, which would let a
 * request start a forged line) are written as escapes, and the text is cut to a length worth reading.
 */
public final class LogSafe {

    private static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < value.length() && safe.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                safe.append("\\r");
            }
            else if (c == '\n') {
                safe.append("\\n");
            }
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                safe.append(String.format("\\u%04x", (int) c));
            }
            else {
                safe.append(c);
            }
        }
        return value.length() > MAX_LENGTH ? safe + "…" : safe.toString();
    }
}
