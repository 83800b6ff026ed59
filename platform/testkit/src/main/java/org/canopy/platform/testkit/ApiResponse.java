package org.canopy.platform.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A response of the API under test: status, headers and the body parsed as JSON (missing node if none). */
public record ApiResponse(int status, HttpHeaders headers, String text, JsonNode json) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError("no ETag in response " + status + " " + text));
    }

    /** Fails unless this is an RFC 9457 problem document with {@code status}; returns it for more checks. */
    public ApiResponse expectProblem(int expectedStatus) {
        if (status != expectedStatus || !contentType().startsWith("application/problem+json")
                || json.path("status").asInt() != expectedStatus || json.path("type").asText().isEmpty()) {
            throw new AssertionError("expected a " + expectedStatus + " problem+json, got " + status + " "
                    + contentType() + " " + text);
        }
        return this;
    }

    /** Fails unless the status is {@code expectedStatus}; returns this for more checks. */
    public ApiResponse expectStatus(int expectedStatus) {
        if (status != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + ", got " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
