package io.mamori.io.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files and reads them with the right reader: gzip is recognised by its magic bytes
 * (whatever the file is called), a UTF-8 byte-order mark is skipped, and the format is detected
 * from the first bytes unless forced.
 */
public final class PostInputs {
    private static final int HEAD = 64 * 1024;

    private PostInputs() {
    }

    /** The reader for a format. */
    public static PostReader readerFor(InputFormat format) {
        return switch (format) {
            case TOOLKIT_CSV -> new ToolkitCsvReader();
            case X_V2_JSON -> new XV2JsonReader();
            case MAMORI_JSONL -> new MamoriJsonlReader();
        };
    }

    /**
     * Reads every file into {@code context}, in order.
     *
     * @param forced   the format of all files, or null to detect each file's own
     * @param progress told of the number of (compressed) bytes read so far across all files
     * @throws InputException when a file is missing, unreadable, of unknown format, or a record is bad under FAIL
     */
    public static void readAll(List<Path> files, InputFormat forced, ReadContext context, LongConsumer progress) {
        long[] done = {0};
        for (Path file : files) {
            context.startSource(file.toString());
            long before = done[0];
            long[] reported = {0};
            // progress every MiB: the listener redraws a bar
            try (InputStream raw = new CountingInputStream(Files.newInputStream(file), n -> {
                if (n - reported[0] >= (1 << 20)) {
                    reported[0] = n;
                    progress.accept(before + n);
                }
            });
                 InputStream in = decode(raw)) {
                InputFormat format = forced != null ? forced : detect(in, file);
                readerFor(format).read(in, context);
            } catch (NoSuchFileException e) {
                throw new InputException(file + ": no such file");
            } catch (IOException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage(), e);
            }
            try {
                done[0] += Files.size(file);
            } catch (IOException e) {
                // Size only feeds the progress bar.
            }
            progress.accept(done[0]);
        }
    }

    /** Total size in bytes of the files, for a progress bar. */
    public static long totalSize(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // A missing file is reported when it is read.
            }
        }
        return total;
    }

    /** Detects the format of a (decoded) stream without consuming it. */
    static InputFormat detect(InputStream in, Path file) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        InputFormat f = FormatDetector.detect(head, head.length);
        if (f == null) {
            throw new InputException(file + ": cannot tell the input format from the first bytes"
                    + " (expected toolkit CSV with a header, X API v2 JSON or Mamori JSONL); use --input-format");
        }
        return f;
    }

    /**
     * Wraps a raw stream (a file, an HTTP request body): gunzips when it starts with the gzip magic,
     * skips a UTF-8 BOM. The result supports mark/reset. Readers take what this returns.
     */
    public static InputStream decode(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream in = buffered;
        if (b0 == 0x1F && b1 == 0x8B) {
            in = new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
        }
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        if (!in.markSupported()) {
            in = new BufferedInputStream(in, 1 << 16);
        }
        return in;
    }
}
