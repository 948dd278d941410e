package io.mamori.io.input;

/** An input that cannot be read: a bad record under {@link OnError#FAIL}, or an unreadable file. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RecordProblem problem;

    public InputException(RecordProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public InputException(String message) {
        super(message);
        this.problem = null;
    }

    /** The bad record, or null when the whole input failed. */
    public RecordProblem problem() {
        return problem;
    }
}
