package io.mamori.server;

import java.util.List;

/**
 * An RFC 9457 problem the server answers with ({@code application/problem+json}): thrown by a
 * handler, written by {@link MamoriServer}. {@code field} names the request part at fault (a JSON
 * pointer into the body, a query parameter, a header or a line of an uploaded file).
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String field;
    private final List<String> errors;

    public ApiProblem(int status, String title, String detail, String field, List<String> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String title, String detail, String field) {
        this(status, title, detail, field, List.of());
    }

    public static ApiProblem badRequest(String field, String detail) {
        return new ApiProblem(400, "Bad request", detail, field);
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "Unauthorized", detail, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, null);
    }

    public static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "Content too large", "the request body is larger than " + limit + " bytes", null);
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(415, "Unsupported media type", detail, "Content-Type");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The part of the request at fault, or null. */
    public String field() {
        return field;
    }

    /** Further problems of the same request (for example every bad line of an upload), possibly empty. */
    public List<String> errors() {
        return errors;
    }
}
