package org.veille.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The presets are ordered as their names promise, and nonsense thresholds fail fast. */
class ExtractionSettingsTest {

    @Test
    void precisionToleratesFewerLinksThanBalancedWhichToleratesFewerThanRecall() {
        assertTrue(ExtractionSettings.precision().maxLinkDensity() < ExtractionSettings.balanced().maxLinkDensity());
        assertTrue(ExtractionSettings.balanced().maxLinkDensity() < ExtractionSettings.recall().maxLinkDensity());
    }

    @Test
    void aLinkDensityOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionSettings(0, 300, 40, 320, 0.6, 0.4, 2.0, 400));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionSettings(1.5, 300, 40, 320, 0.6, 0.4, 2.0, 400));
    }

    @Test
    void sharesMustBePositiveAndTheStructuredBodyFactorAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionSettings(0.5, 300, 40, 320, 0, 0.4, 2.0, 400));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionSettings(0.5, 300, 40, 320, 0.6, -1, 2.0, 400));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionSettings(0.5, 300, 40, 320, 0.6, 0.4, 1.0, 400));
    }
}
