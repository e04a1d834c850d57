package com.finflow.shared.failure;

/**
 * One invalid field of a request: where it is (a JSON Pointer, RFC 6901) and what is wrong with it.
 */
public record FieldError(String pointer, String detail) {}
