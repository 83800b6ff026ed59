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

    @Override
    public String toString() {
        return status + " " + text;
    }
}
