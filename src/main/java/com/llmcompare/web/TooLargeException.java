package com.llmcompare.web;

/** A request body over its limit: a 413 that says the limit, never a truncated answer. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String problem) {
        super(problem);
    }
}
