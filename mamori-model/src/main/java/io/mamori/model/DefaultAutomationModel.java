package io.mamori.model;

import io.mamori.core.automation.LinearAutomationModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The automation model shipped in the jar, {@value #RESOURCE}: trained by {@code model/train-default}
 * on generated scenarios (seeds 101–110), measured on seeds 201–210 ({@code docs/automation.md}).
 */
public final class DefaultAutomationModel {
    /** Where it lies on the class path. */
    public static final String RESOURCE = "io/mamori/model/automation-default.json";

    private DefaultAutomationModel() {
    }

    /** The bundled model. */
    public static LinearAutomationModel load() {
        return contents().model();
    }

    /** The bundled model's file, with its provenance and held-out measures. */
    public static AutomationModelFile.Contents contents() {
        try (InputStream in = DefaultAutomationModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE + ": rebuild it (model/train-default makes the file)");
            }
            return AutomationModelFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
