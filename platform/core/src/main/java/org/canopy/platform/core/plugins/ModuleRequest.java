package org.canopy.platform.core.plugins;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.Upload;
import org.canopy.platform.core.console.ConsoleErrors;
import org.canopy.platform.core.http.Attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A module's view of a console request: method, path below its root, parameters and uploaded files. */
record ModuleRequest(HttpServletRequest request, String path) implements ConsoleRequest {

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public Optional<String> parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @Override
    public List<String> parameters(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    @Override
    public Optional<Upload> upload(String name) {
        Optional<Part> part = isMultipart() ? part(name) : Optional.empty();
        return part.filter(p -> p.getSubmittedFileName() != null && !Attachment.baseName(p.getSubmittedFileName()).isEmpty())
                .map(ModuleRequest::upload);
    }

    private boolean isMultipart() {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The container refuses a request over the servlet's multipart limits when its parts are first read. */
    private Optional<Part> part(String name) {
        try {
            return Optional.ofNullable(request.getPart(name));
        } catch (IllegalStateException | ServletException e) {
            throw ConsoleErrors.tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Upload upload(Part part) {
        try (InputStream content = part.getInputStream()) {
            return new Upload(Attachment.baseName(part.getSubmittedFileName()),
                    part.getContentType() == null ? "application/octet-stream" : part.getContentType(), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
