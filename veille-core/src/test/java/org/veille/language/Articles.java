package org.veille.language;

import java.util.Arrays;
import java.util.List;

import org.veille.model.Extraction;
import org.veille.model.PageType;

/** Short articles written for these tests, and a helper to wrap text as an {@link Extraction}. */
final class Articles {

    private Articles() {
    }

    static Extraction extraction(String title, String... paragraphs) {
        return new Extraction(null, null, PageType.ARTICLE, title, null, List.of(), null,
                Arrays.asList(paragraphs), List.of(), "test");
    }

    /** Paragraphs separated by blank lines, as in a plain-text dump. */
    static Extraction fromText(String title, String text) {
        return extraction(title, Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new));
    }

    static final String[] FRENCH = {
        "Le conseil municipal a voté mardi soir un nouveau plan de circulation pour le centre-ville, après"
            + " plusieurs mois de concertation avec les habitants et les commerçants du quartier.",
        "Selon le maire, les travaux commenceront au printemps et dureront environ deux ans. Les rues"
            + " piétonnes seront élargies, tandis que les bus auront des voies réservées sur les grands axes.",
        "Les associations de cyclistes se disent satisfaites, mais elles regrettent que le projet ne"
            + " prévoie pas davantage de stationnements sécurisés pour les vélos près de la gare.",
        "Du côté des commerçants, l'inquiétude domine : beaucoup craignent une baisse de la fréquentation"
            + " pendant la durée du chantier et demandent des compensations à la municipalité.",
    };

    static final String[] ENGLISH = {
        "The city council voted on Tuesday evening for a new traffic plan for the town centre, after"
            + " several months of consultation with residents and shop owners in the area.",
        "According to the mayor, the works will begin in the spring and should last about two years."
            + " Pedestrian streets will be widened, while buses will have their own lanes on the main roads.",
        "Cycling groups said they were pleased, but they regret that the project does not include more"
            + " secure parking for bicycles near the railway station.",
    };

    static final String[] GERMAN = {
        "Der Stadtrat hat am Dienstagabend einen neuen Verkehrsplan für die Innenstadt beschlossen,"
            + " nachdem die Bewohner und Händler monatelang in die Planung einbezogen worden waren.",
        "Nach Angaben des Bürgermeisters sollen die Arbeiten im Frühjahr beginnen und etwa zwei Jahre"
            + " dauern. Die Fußgängerzonen werden erweitert, und die Busse bekommen eigene Spuren.",
        "Die Radfahrerverbände zeigten sich zufrieden, bedauern aber, dass es nicht mehr sichere"
            + " Abstellplätze für Fahrräder in der Nähe des Bahnhofs geben wird.",
    };

    static final String[] SPANISH = {
        "El ayuntamiento aprobó el martes por la noche un nuevo plan de tráfico para el centro de la"
            + " ciudad, después de varios meses de consultas con los vecinos y los comerciantes del barrio.",
        "Según el alcalde, las obras comenzarán en primavera y durarán unos dos años. Las calles"
            + " peatonales serán ampliadas, mientras que los autobuses tendrán carriles propios.",
        "Las asociaciones de ciclistas se mostraron satisfechas, pero lamentan que el proyecto no"
            + " incluya más aparcamientos seguros para las bicicletas cerca de la estación.",
    };

    static final String[] POLISH = {
        "Rada miasta przegłosowała we wtorek wieczorem nowy plan ruchu dla centrum, po kilku miesiącach"
            + " konsultacji z mieszkańcami i kupcami z dzielnicy.",
        "Według burmistrza prace rozpoczną się wiosną i potrwają około dwóch lat. Ulice dla pieszych"
            + " zostaną poszerzone, a autobusy będą miały własne pasy na głównych drogach.",
        "Stowarzyszenia rowerzystów są zadowolone, ale żałują, że projekt nie przewiduje więcej"
            + " bezpiecznych miejsc parkingowych dla rowerów w pobliżu dworca.",
    };

    static final String[] ITALIAN = {
        "Il consiglio comunale ha approvato martedì sera un nuovo piano del traffico per il centro della"
            + " città, dopo diversi mesi di consultazione con i residenti e i commercianti del quartiere.",
        "Secondo il sindaco, i lavori inizieranno in primavera e dureranno circa due anni. Le strade"
            + " pedonali saranno allargate, mentre gli autobus avranno corsie riservate.",
    };

    static final String[] PORTUGUESE = {
        "A câmara municipal aprovou na terça-feira à noite um novo plano de trânsito para o centro da"
            + " cidade, depois de vários meses de consulta com os moradores e os comerciantes do bairro.",
        "Segundo o presidente da câmara, as obras vão começar na primavera e devem durar cerca de dois"
            + " anos. As ruas pedonais serão alargadas, enquanto os autocarros terão faixas próprias.",
    };

    static final String[] DUTCH = {
        "De gemeenteraad heeft dinsdagavond een nieuw verkeersplan voor het stadscentrum goedgekeurd,"
            + " na maanden van overleg met de bewoners en de winkeliers uit de buurt.",
        "Volgens de burgemeester beginnen de werken in de lente en duren ze ongeveer twee jaar. De"
            + " voetgangersstraten worden verbreed, terwijl de bussen eigen rijstroken krijgen.",
    };
}
