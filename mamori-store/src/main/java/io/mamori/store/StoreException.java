package io.mamori.store;

import java.sql.SQLException;

/** A database failure the caller cannot fix by changing its request (the server answers 500 or 503). */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
