package org.veille.eval.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.veille.eval.dates.DateValue.Agreement;

class DateValueTest {

    @Test
    void normalisesSutimeValuesToVeillesForms() {
        assertEquals("2016-10-17", DateValue.normalise("2016-10-17"));
        assertEquals("2016-10", DateValue.normalise("2016-10"));
        assertEquals("2016", DateValue.normalise("2016"));
        assertEquals("2016-W42", DateValue.normalise("2016-W42"));
        assertEquals("2016-W42", DateValue.normalise("2016-W42-WE"), "a weekend is finer than Veille's week");
        assertEquals("2016-10-17", DateValue.normalise("2016-10-17TMO"), "part of day dropped");
        assertEquals("2016-10-17", DateValue.normalise("2016-10-17T14:00"));
        assertEquals("--10-17", DateValue.normalise("XXXX-10-17"));
        assertEquals("--10", DateValue.normalise("XXXX-10"));
        assertEquals("--10-17", DateValue.normalise("--10-17"), "Veille's own partial form");
        assertEquals("2016-SU", DateValue.normalise("2016-SU"));
        assertEquals("2016-Q3", DateValue.normalise("2016-Q3"));
    }

    @Test
    void noValueForWhatIsNoCalendarDate() {
        assertNull(DateValue.normalise("PRESENT_REF"));
        assertNull(DateValue.normalise("PAST_REF"));
        assertNull(DateValue.normalise("201X"));
        assertNull(DateValue.normalise("XXXX-WXX-1"));
        assertNull(DateValue.normalise("2016-13"));
        assertNull(DateValue.normalise(null));
    }

    @Test
    void comparesAtTheSharedPrecision() {
        assertEquals(Agreement.EQUAL, DateValue.compare("2016-10-17TMO", "2016-10-17"));
        assertEquals(Agreement.EQUAL, DateValue.compare("2016-W42", "2016-W42"));
        assertEquals(Agreement.EQUAL, DateValue.compare("XXXX-10-17", "--10-17"));
        assertEquals(Agreement.EQUAL_AT_SHARED_PRECISION, DateValue.compare("2016-10", "2016-10-17"));
        assertEquals(Agreement.EQUAL_AT_SHARED_PRECISION, DateValue.compare("2016", "2016-W42"));
        assertEquals(Agreement.EQUAL_AT_SHARED_PRECISION, DateValue.compare("2016-W42", "2016-10-17"), "a Monday of that week");
        assertEquals(Agreement.EQUAL_AT_SHARED_PRECISION, DateValue.compare("2016-10-17", "--10-17"), "year unknown on one side");
        assertEquals(Agreement.EQUAL_AT_SHARED_PRECISION, DateValue.compare("2016-SU", "2016"), "a season counts as its year");
        assertEquals(Agreement.DIFFERENT, DateValue.compare("2016-W42", "2016-10-24"), "the next Monday");
        assertEquals(Agreement.DIFFERENT, DateValue.compare("2015-10-17", "2016-10-17"));
        assertEquals(Agreement.DIFFERENT, DateValue.compare("2016-10-17", "--10-18"));
        assertEquals(Agreement.NOT_COMPARABLE, DateValue.compare("PRESENT_REF", "2016-10-17"));
        assertEquals(Agreement.NOT_COMPARABLE, DateValue.compare("2016-10-17", null), "Veille left it unresolved");
    }
}
