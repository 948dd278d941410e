package io.mamori.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;

/**
 * The API's JSON: strict on input (an unknown field, a missing primitive or a wrong type is a 400
 * naming the field, never silently ignored), ISO-8601 times on output.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    /** Reads a request body as {@code type}; every failure is a 400 problem naming the field. */
    public static <T> T read(InputStream body, Class<T> type) {
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiProblem.badRequest("/", "the body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badRequest(pointer(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw ApiProblem.badRequest(pointer(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("/", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiProblem.badRequest("/", "cannot read the body: " + e.getMessage());
        }
    }

    /** The JSON pointer (RFC 6901) of the field a mapping error is about. */
    static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/');
            sb.append(r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1")
                    : Integer.toString(r.getIndex()));
        }
        return sb.isEmpty() ? "/" : sb.toString();
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
        }
    }
}
