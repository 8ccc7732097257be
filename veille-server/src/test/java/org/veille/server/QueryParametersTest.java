package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The raw query string read strictly, without a server: what decodes, and what is refused. */
class QueryParametersTest {

    @Test
    void escapesPlusesAndCharactersAsWrittenDecodeTogether() {
        Map<String, List<String>> values = QueryParameters.parse("q=arm%C3%A9e+partielle&speaker=Ilona%20%C5%A0imkov%C3%A1&&kind");
        assertEquals(List.of("armée partielle"), values.get("q"));
        assertEquals(List.of("Ilona Šimková"), values.get("speaker"));
        assertEquals(List.of(""), values.get("kind"), "a name alone has an empty value");
        assertEquals(3, values.size(), "an empty pair is no parameter");
    }

    @Test
    void charactersOutsideTheBmpSurviveBesideAnEscape() {
        // Written as they are (two chars each) or escaped as their four UTF-8 bytes.
        assertEquals(List.of("pont 🌉 rouvert"), QueryParameters.parse("q=pont+🌉+rouvert").get("q"));
        assertEquals(List.of("pont 🌉"), QueryParameters.parse("q=pont%20%F0%9F%8C%89").get("q"));
    }

    @Test
    void repeatedNamesKeepEveryValueForTheCheckToRefuse() {
        assertEquals(List.of("a", "b"), QueryParameters.parse("q=a&q=b").get("q"));
    }

    @Test
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused() {
        for (String query : List.of("q=flood%", "q=%4", "q=%zz", "%G1=1")) {
            ApiException refused = assertThrows(ApiException.class, () -> QueryParameters.parse(query), query);
            assertTrue(refused.getMessage().contains("broken %-escape"), refused.getMessage());
        }
        ApiException latin1 = assertThrows(ApiException.class, () -> QueryParameters.parse("q=h%F4pital"));
        assertTrue(latin1.getMessage().contains("is not UTF-8"), latin1.getMessage());
    }
}
