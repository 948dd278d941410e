package io.mamori.model;

/**
 * A model file that cannot be used: not JSON, another format, a missing or wrong field, or a
 * model trained on other features. The message names the file and the field.
 */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
