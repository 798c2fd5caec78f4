"""German date examples, Duckling style: (text, reference date, expected).

`expected` is the value of the one date the text holds, a list of the values of all its dates
in text order, NULL for one date whose value is null, or None when the text holds no date. The reference date is the publication
date (None: a history text, resolved against the dates it mentions); 2017-05-02 is a Tuesday.
Run by tests/test_dates_de.py. SPANS below pins the surface text of some of them.
"""
from __future__ import annotations

REF = "2017-05-02"  # a Tuesday (the sample article)
NULL = "<null>"  # one date whose value the text does not give ("seit Jahrzehnten")

ROWS: list[tuple[str, str | None, object]] = [
    # the sample article
    ("2. Mai 2017", REF, "2017-05-02"),
    ("Trump und Putin wollen sich am 7. und 8. Juli in Hamburg treffen.", REF, "2017-07-07/2017-07-08"),
    ("Sie wollen Gespräche schicken, die an diesem Mittwoch und Donnerstag weitergehen.", REF, "2017-05-03/2017-05-04"),
    ("Seit Trumps Amtsantritt im Januar telefonierte der US-Präsident zwei Mal mit Putin.", REF, "2017-01"),
    ("Das Verhältnis ist gespannt wie seit Jahrzehnten nicht.", REF, NULL),
    ("Der Angriff Anfang April hatte die Stimmung verschlechtert.", REF, "2017-04"),
    ("Tillerson hatte im April Putin in Moskau besucht.", REF, "2017-04"),
    # full dates, numeric dates, datelines and "Stand:" lines
    ("Berlin, 28.04.2020 18:00 Uhr", REF, "2020-04-28T18:00"),
    ("Stand: 02.01.2022", REF, "2022-01-02"),
    ("20. April 2020 | 13:00 Uhr", REF, "2020-04-20T13:00"),
    ("Am 1.9.39 begann der Krieg.", None, "1939-09-01"),
    ("Die Frist endet am Dienstag, 28. April 2020, um 18 Uhr.", REF, "2020-04-28T18:00"),
    ("Der Vertrag wurde am 3. Oktober 1990 unterzeichnet.", REF, "1990-10-03"),
    ("Die Wahl findet am 24. Sept. statt.", REF, "2017-09-24"),
    ("Im Jänner 2019 schneite es in Wien.", REF, "2019-01"),
    ("Die Schlacht fand vom 10. bis 12. März 1940 statt.", None, "1940-03-10/1940-03-12"),
    ("Er kam am 31. Oktober.", "2019-10-19", "2019-10-31"),
    ("Der Gipfel soll am 5. Januar stattfinden.", "2019-10-19", "2020-01-05"),
    ("Die Tagung war am 30. Dezember.", "2020-01-04", "2019-12-30"),
    # months, years, modifiers
    ("Die Zahl stieg Mitte September.", "2019-10-18", "2019-09"),
    ("Ende Januar dieses Jahres wurde es bekannt.", "2020-04-28", "2020-01"),
    ("Das geschah im September 2019.", "2020-04-28", "2019-09"),
    ("Die Verhandlungen dauern bis Ende Oktober.", "2019-10-19", "2019-10"),
    ("Der Krieg begann 1939.", REF, "1939"),
    ("Im Jahr 2021 stiegen die Preise.", REF, "2021"),
    ("Ende 1941 stand die Wehrmacht vor Moskau.", None, "1941"),
    ("Die Stadt wurde 490 v. Chr. zerstört.", None, "BC0490"),
    ("Seit 2015 steigen die Mieten.", REF, "2015/2017"),
    ("Seit März wird gebaut.", REF, "2017-03/2017-05"),
    ("Seit dem 1. März ist er im Amt.", REF, "2017-03-01/2017-05-02"),
    ("Der Krieg dauerte von 1939 bis 1945.", REF, ["1939", "1945"]),
    ("Er lebte von 1890–1970 in Paris.", REF, ["1890", "1970"]),
    ("Der Krieg 1939-45 forderte Millionen Opfer.", None, ["1939", "1945"]),
    ("Das Problem stammt aus den 1990er Jahren.", REF, "199"),
    ("In den 90er-Jahren war das anders.", REF, "199"),
    ("Es war die größte Krise des 20. Jahrhunderts.", REF, "19"),
    ("Im 5. Jh. v. Chr. blühte Athen.", None, "BC04"),
    # weekdays: modifiers and tense decide the direction
    ("Die Börse schloss am Freitagnachmittag im Plus.", "2019-10-18", "2019-10-18"),
    ("Das Parlament stimmte am Samstag ab.", "2019-10-19", "2019-10-19"),
    ("Der Minister hatte am Mittwoch gewarnt.", "2019-10-19", "2019-10-16"),
    ("Johnson wird am Montag einen neuen Antrag einbringen.", "2019-10-19", "2019-10-21"),
    ("Sie hatte angekündigt, dass ein Gericht am Montag entscheiden werde.", "2019-10-19", "2019-10-21"),
    ("Neue Abstimmung am Montag oder Dienstag", "2019-10-19", "2019-10-21/2019-10-22"),
    ("Vergangenen Freitag traf er Merkel.", REF, "2017-04-28"),
    ("Kommenden Montag beginnt der Prozess.", REF, "2017-05-08"),
    ("Die samstägliche Sitzung war turbulent.", "2019-10-19", "2019-10-19"),
    ("Die Polizei sperrte die Straße bis Montagmorgen.", "2020-04-20", "2020-04-20"),
    # relative expressions
    ("Vergangene Woche sank der Kurs.", "2019-10-18", "2019-W41"),
    ("Nächste Woche kommt der Bericht.", REF, "2017-W19"),
    ("Gestern Abend brannte ein Haus.", REF, "2017-05-01"),
    ("Die Zahl der Toten stieg im Vorjahr.", REF, "2016"),
    ("Der Umsatz lag über dem Niveau des Vorjahres.", REF, "2016"),
    ("Im vergangenen Jahr wuchs die Wirtschaft.", REF, "2016"),
    ("Am Donnerstag stieg der Kurs, nachdem er Vortags gefallen war.", "2019-10-19", ["2019-10-17", "2019-10-16"]),
    ("Er spricht am Montag. Am folgenden Tag stimmt das Parlament ab.", "2019-10-19", ["2019-10-21", "2019-10-22"]),
    ("Am 5. April 1940 begann der Angriff. Einen Tag später fiel Oslo.", None, ["1940-04-05", "1940-04-06"]),
    ("Am 10. Mai 1940 griff die Wehrmacht an. Zwei Tage später war die Stadt gefallen.", None, ["1940-05-10", "1940-05-12"]),
    ("Am 3. September 1939 erklärte England den Krieg. Am selben Tag tagte das Kabinett.", None, ["1939-09-03", "1939-09-03"]),
    ("Im Juni 1940 kapitulierte Frankreich. Im selben Monat trat Italien in den Krieg ein.", None, ["1940-06", "1940-06"]),
    ("Am 1. Juli 1916 begann die Offensive. Nach zwei Tagen war sie gescheitert.", None, ["1916-07-01", "1916-07-03"]),
    ("Vor drei Jahren wurde das Werk geschlossen.", REF, "2014"),
    ("Wenige Tage später war alles vorbei.", None, "FUTURE_REF"),
    # narrative anchoring: a year-less date takes the year of the last date mentioned
    ("Im Sommer 1940 begann die Luftschlacht. Am 7. September griff die Luftwaffe London an.", None, ["1940-SU", "1940-09-07"]),
    ("Im Mai 1940 marschierte die Wehrmacht ein. Im Juni kapitulierte Frankreich.", None, ["1940-05", "1940-06"]),
    ("Der Vertrag von 1856 galt noch. Am 4. August 1914 erklärte England den Krieg.", None, ["1856", "1914-08-04"]),
    ("Im Juli 1914 begann der Krieg (Bismarck lebte 1815–1898). Am 4. August trat England ein.", None,
     ["1914-07", "1815", "1898", "1914-08-04"]),
    # times of day
    ("Die Sitzung beginnt um 18 Uhr.", "2020-04-28", "2020-04-28T18:00"),
    ("Am 22. Juni 1941 um 4:15 Uhr begann der Angriff.", None, "1941-06-22T04:15"),
    ("Am 1. September 1939 um 4 Uhr 45 fielen Schüsse.", None, "1939-09-01T04:45"),
    ("In der Nacht vom 16. auf den 17. April 1945 begann der Angriff.", None, ["1945-04-16", "1945-04-17"]),
    ("Am Morgen des 6. Juni 1944 landeten die Alliierten.", None, "1944-06-06"),
    ("Am 2. Mai 1945 kapitulierte Berlin. Am Abend wurde gefeiert.", None, ["1945-05-02", "1945-05-02"]),
    # durations
    ("Die Anleihe hat eine Laufzeit von drei Jahren.", REF, "P3Y"),
    ("Die Prämie wurde drei Jahre lang gezahlt.", REF, "P3Y"),
    ("Die Rendite der zehnjährigen Bundesanleihe fiel.", REF, "P10Y"),
    ("Die Daten müssen innerhalb von 72 Stunden gemeldet werden.", REF, "PT72H"),
    ("Das dauerte etwa einem Jahr.", REF, "P1Y"),
    ("Der Trend hält seit vier Jahren an.", REF, "P4Y"),
    ("Die Belagerung dauerte anderthalb Jahre.", None, "P1Y6M"),
    ("Nach einer zweimonatigen Pause ging es weiter.", REF, "P2M"),
    ("Die Schlacht dauerte 15 Tage.", None, "P15D"),
    ("Der Streik dauert nun schon zwei Wochen.", REF, "P2W"),
    ("In den vergangenen Wochen stieg die Zahl.", REF, NULL),
    # seasons, quarters, half-years
    ("Im Sommer soll das Gesetz in Kraft treten.", REF, "2017-SU"),
    ("Im Herbst 1940 scheiterte die Offensive.", None, "1940-FA"),
    ("Im Winter 1941/42 erfroren viele Soldaten.", None, "1941-WI"),
    ("Im dritten Quartal stieg der Umsatz.", "2023-11-10", "2023-Q3"),
    ("Im ersten Halbjahr 2023 sank der Absatz.", REF, "2023-H1"),
    ("Im vergangenen Sommer war es heiß.", REF, "2016-SU"),
    # sets
    ("Die Kosten steigen jährlich um drei Prozent.", REF, "P1Y"),
    ("Ein Abonnent zahlt zehn Euro im Monat.", REF, "P1M"),
    ("Die Firma zahlt 500 Euro pro Jahr.", REF, "P1Y"),
    ("Der Zins wird monatlich berechnet.", REF, "P1M"),
    # holidays
    ("Weihnachten 1914 schwiegen die Waffen.", None, "1914-12-25"),
    ("Ostermontag 2017 blieb es ruhig.", REF, "2017-04-17"),
    # not dates
    ("Sie sprachen unter vier Augen.", REF, None),
    ("Der G20-Gipfel war ein Erfolg.", REF, None),
    ("Die Frau ist 81 Jahre alt.", REF, None),
    ("Der 81-jährige Rentner wurde verletzt.", REF, None),
    ("Im Alter von 81 Jahren starb er.", REF, None),
    ("Er war der zweite Kandidat und belegte den 3. Platz.", REF, None),
    ("Insgesamt 1370 Landungsboote standen bereit.", None, None),
    ("Es kostete rund 2000 Euro.", REF, None),
    ("Über 1500 Soldaten starben.", REF, None),
    ("Wir nehmen heute schon wahr, dass es teurer wird.", REF, None),
    ("Bislang telefonieren sie nur miteinander.", REF, None),
    ("August Bebel gründete die Partei.", REF, None),
    ("Die Jahrestagung der Bank war gut besucht.", REF, None),
    ("Der Zehnjährige wurde gerettet.", REF, None),
]

# (text, reference date, the exact span of its one date)
SPANS: list[tuple[str, str | None, str]] = [
    ("Sie treffen sich am Rande des Gipfels am 7. und 8. Juli in Hamburg.", REF, "am 7. und 8. Juli"),
    ("Sie reden an diesem Mittwoch und Donnerstag weiter.", REF, "an diesem Mittwoch und Donnerstag"),
    ("Der Angriff Anfang April hatte Folgen.", REF, "Anfang April"),
    ("Er kam im Januar.", REF, "im Januar"),
    ("gespannt wie seit Jahrzehnten nicht", REF, "seit Jahrzehnten"),
    ("Politik\n\n2. Mai 2017\n\nSchon mehrere", REF, "2. Mai 2017"),
    ("Die Prämie wurde drei Jahre lang gezahlt.", REF, "drei Jahre lang"),
    ("Berlin, 28.04.2020 18:00 Uhr", REF, "28.04.2020 18:00 Uhr"),
    ("Die Polizei sperrte die Straße bis Montagmorgen.", "2020-04-20", "bis Montagmorgen"),
    ("Es geschah am Dienstag, 28. April 2020.", REF, "am Dienstag, 28. April 2020"),
]
