/**
 * Training, saving and loading the automation model: {@link io.mamori.model.AutomationTrainer}
 * fits logistic regression with Tribuo on standardised {@code AutomationFeatureVector}s and converts
 * it to core's {@code LinearAutomationModel}; {@link io.mamori.model.AutomationModelFile} is the
 * model's JSON file (weights, provenance, held-out measures, the Tribuo model);
 * {@link io.mamori.model.DefaultAutomationModel} is the one shipped. See {@code docs/automation.md}.
 * Depends on {@code mamori-core}, Tribuo and Jackson; never on the command line.
 */
package io.mamori.model;
